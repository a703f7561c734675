#!/bin/sh
# Every key that does nothing says so, the same way, whatever kind of key
# it is: a letter, a Vietnamese letter, a function key, a control key; in
# English (the default) under both locales, and in Vietnamese.
. tests/screen/lib.sh

for run in "C.UTF-8 en" "C en" "C.UTF-8 vi"; do
	set -- $run
	lang=$1
	scr_context "100x24 LANG=$lang, in $2"
	if [ "$2" = vi ]; then
		scr_start 100 24 "$lang" LANGUAGE=vi
		pane="Bài báo" said="Phím “%s” không dùng"
	else
		scr_start 100 24 "$lang"
		pane=Articles said="Key “%s” does nothing"
	fi
	scr_wait_pane "$pane" || continue
	for k in x F5 C-x IC; do
		name=$k
		case $k in
		C-x) name=Ctrl-X ;;
		IC) name=Insert ;;
		esac
		scr_keys "$k"
		# shellcheck disable=SC2059
		scr_wait "$(printf "$said" "$name")"
		scr_keys j
		scr_wait_gone "“$name”"
	done
	scr_type "ă"
	# shellcheck disable=SC2059
	scr_wait "$(printf "$said" "ă")"
	scr_quit
done
scr_done
