#!/bin/sh
# The help overlay (? and F1) lists every key of the key table (as
# `hoso --help` prints it, which is generated from the same table) with
# its description, the prompt's keys and the mouse; it scrolls, and q,
# Esc and ? close it without quitting.
. tests/screen/lib.sh

"$HOSO" --help 2>/dev/null | sed -n '/^Keys in the reader:/,/^$/p' |
    sed '1d; /^$/d' >"$SCR_TMP/keys"
[ "$(wc -l <"$SCR_TMP/keys")" -ge 25 ] ||
    scr_fail "hoso --help lists only $(wc -l <"$SCR_TMP/keys") keys"

# The overlay's text, all pages: each page is read, then Space, until
# the text stops changing.
read_overlay() {
	: >"$SCR_TMP/help"
	prev=
	n=0
	while [ $n -lt 40 ]; do
		scr_settle
		cur=$(scr_capture)
		[ "$cur" = "$prev" ] && break
		printf '%s\n' "$cur" >>"$SCR_TMP/help"
		prev=$cur
		scr_keys Space
		n=$((n + 1))
	done
	# One line of text per screen line, without the box.
	LC_ALL=C awk -v bar="│" '{
		i = index($0, bar)
		if (i == 0) next
		rest = substr($0, i + length(bar))
		j = 0
		for (k = 1; k <= length(rest); k++)
			if (substr(rest, k, length(bar)) == bar)
				j = k
		if (j > 0)
			rest = substr(rest, 1, j - 1)
		print rest
	}' "$SCR_TMP/help" | tr -s ' ' >"$SCR_TMP/help.txt"
	tr '\n' ' ' <"$SCR_TMP/help.txt" | tr -s ' ' >"$SCR_TMP/help.flat"
}

for lang in C.UTF-8 C; do
	for size in "120 40" "40 12"; do
		set -- $size
		scr_context "$1x$2 LANG=$lang"
		scr_start "$1" "$2" "$lang"
		scr_wait "Bài báo" || continue
		scr_keys "?"
		scr_wait "Trợ giúp / Help" || continue
		read_overlay
		while IFS= read -r line; do
			names=$(printf '%s\n' "$line" |
			    sed 's/^  //; s/  .*//')
			desc=$(printf '%s\n' "$line" |
			    sed 's/^  [^ ].*[^ ]   *//' |
			    awk '{ print $1, $2, $3 }')
			grep -qF -- "$names" "$SCR_TMP/help.txt" ||
			    scr_fail "the help lacks the keys \"$names\""
			grep -qF -- "$desc" "$SCR_TMP/help.flat" ||
			    scr_fail "the help lacks \"$desc\" (for $names)"
		done <"$SCR_TMP/keys"
		for k in Esc Ctrl-G Ctrl-W click wheel; do
			grep -qF -- "$k" "$SCR_TMP/help.txt" ||
			    scr_fail "the help lacks \"$k\""
		done
		grep -qF -- "Search prompt" "$SCR_TMP/help.flat" ||
		    scr_fail "the help has no search prompt section"
		# q closes the overlay and does not quit.
		scr_keys q
		scr_wait_gone "Trợ giúp / Help"
		scr_dead && scr_fail "q in the help quit hoso"
		scr_keys F1
		scr_wait "Trợ giúp / Help"
		scr_keys Escape
		scr_wait_gone "Trợ giúp / Help"
		scr_keys "?"
		scr_wait "Trợ giúp / Help"
		scr_keys "?"
		scr_wait_gone "Trợ giúp / Help"
		scr_has "Bài báo"
		scr_quit
	done
done
scr_done
