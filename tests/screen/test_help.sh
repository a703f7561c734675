#!/bin/sh
# The help overlay (? and F1) lists every key of the key table (as
# `hoso --help` prints it, which is generated from the same table) with
# its description, the prompt's keys and the mouse; it scrolls (the
# half-page keys by half the box), `/` searches it (the match highlighted
# and scrolled into view, n and N, "no match"), and q, Esc and ? close it
# without quitting.
. tests/screen/lib.sh

HELP="┌─ Help "

# The overlay's text rows, borders cut off (rows 3 to H-2).
box_text() {
	scr_capture | sed -n "3,$(($1 - 2))p" | LC_ALL=C awk -v bar="│" '{
		i = index($0, bar)
		rest = i ? substr($0, i + length(bar)) : $0
		j = 0
		for (k = 1; k <= length(rest); k++)
			if (substr(rest, k, length(bar)) == bar)
				j = k
		print j ? substr(rest, 1, j - 1) : rest
	}'
}

# Half a page: after key $3 at W x H ($1, $2), the first rows are the
# ones that were half a box further down.
check_half() {
	h=$(($2 - 4))
	half=$((h / 2))
	scr_settle
	box_text "$2" >"$SCR_TMP/before"
	scr_keys "$3"
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		box_text "$2" >"$SCR_TMP/after"
		sed -n "$((half + 1)),\$p" "$SCR_TMP/before" >"$SCR_TMP/want"
		head -n "$((h - half))" "$SCR_TMP/after" >"$SCR_TMP/got"
		cmp -s "$SCR_TMP/want" "$SCR_TMP/got" && return 0
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "$3 did not scroll the help by $half lines"
	diff "$SCR_TMP/want" "$SCR_TMP/got" | head -n 10
}

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
	for size in "80 24" "120 40" "40 12"; do
		set -- $size
		scr_context "$1x$2 LANG=$lang"
		scr_start "$1" "$2" "$lang"
		scr_wait_pane "Articles" || continue
		scr_keys "?"
		scr_wait "$HELP" || continue
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
		# Half a page down (d, Ctrl-D) and up (u, Ctrl-U) from the top.
		scr_keys g
		check_half "$1" "$2" d
		scr_keys u
		scr_wait "hoso — keys"
		check_half "$1" "$2" C-d
		scr_keys C-u
		scr_wait "hoso — keys"

		# Search: a key's description, far down, highlighted and in
		# view; the count in the prompt and after Enter.
		scr_keys g /
		scr_type "redraw"
		scr_wait_row -1 "1/1"
		scr_has "Ctrl-L"
		[ "$(scr_sgr_at redraw)" != "" ] &&
		    scr_sgr_at redraw | grep -q "$ST_MATCH_CURRENT" ||
		    scr_fail "the match is not highlighted: $(scr_sgr_at redraw)"
		scr_keys Enter
		scr_wait_row -1 "1/1 “redraw”"
		scr_keys n
		scr_wait_row -1 "“redraw” — the only match"
		# Several matches: n steps to the next one, N back.
		scr_keys g /
		scr_type "line"
		scr_keys Enter
		scr_wait_row -1 "1/"
		scr_keys n
		scr_wait_row -1 "2/"
		scr_keys N
		scr_wait_row -1 "1/"
		# No match: said in the prompt, and after Enter.
		scr_keys /
		scr_type "zqxj"
		scr_wait_row -1 "no match"
		scr_keys Enter
		scr_wait_row -1 "Not found: “zqxj”"
		scr_has "$HELP"
		# Esc in the prompt cancels the search, not the overlay.
		scr_keys /
		scr_type "quit"
		scr_keys Escape
		scr_wait_gone "/quit"
		scr_has "$HELP"

		# q closes the overlay and does not quit.
		scr_keys q
		scr_wait_gone "$HELP"
		scr_dead && scr_fail "q in the help quit hoso"
		scr_keys F1
		scr_wait "$HELP"
		scr_keys Escape
		scr_wait_gone "$HELP"
		scr_keys "?"
		scr_wait "$HELP"
		scr_keys "?"
		scr_wait_gone "$HELP"
		scr_has "Articles"
		scr_quit
	done
done
scr_done
