#!/bin/sh
# Every key that does nothing says so, the same way, whatever kind of key
# it is: a letter, a Vietnamese letter, a function key, a control key.
. tests/screen/lib.sh

for lang in C.UTF-8 C; do
	scr_context "100x24 LANG=$lang"
	scr_start 100 24 "$lang" LANGUAGE=vi
	scr_wait "Bài báo" || continue
	for k in x F5 C-x IC; do
		name=$k
		case $k in
		C-x) name=Ctrl-X ;;
		IC) name=Insert ;;
		esac
		scr_keys "$k"
		scr_wait "Key “$name” does nothing"
		scr_keys j
		scr_wait_gone "Key “$name”"
	done
	scr_type "ă"
	scr_wait "Key “ă” does nothing"
done
scr_done
