#!/bin/sh
# Leaving, going back, moving on (issue 10, part 1), as a user of less,
# mutt and newsboat would press the keys, at 80x24, 120x40 and 40x12 and
# under LANG=C:
#  - q steps back one level (help, results, detail pane -> list), and
#    quits from a list; Q quits from anywhere; Esc is q;
#  - J and K go to the next and previous article from inside the reader,
#    Space at the end of an article goes on to the next one;
#  - Backspace puts the link cursor back on the link that was followed;
#  - 1/2/3 are places in history;
#  - counts: 3j, 3J, 50%, 2G; e and Ctrl-E/Ctrl-Y scroll one line from
#    either pane; Esc u hides a search's highlight and n brings it back;
#  - an unbound key, a letter or a control key, gets the same message.
. tests/screen/lib.sh

list_focused() {
	scr_capture | sed -n 2p | grep -qF "▶ Articles"
}

# The list's "N/M" at the start of the status line (in a single-pane
# layout the reader's border has the article's title, not the count).
list_pos() {
	scr_capture | tail -n 1 | grep -o '^ *[0-9]*/5' | tr -d ' '
}

# The reader's first line of text: right of the divider, or the whole
# width below the title bar in a single-pane layout.
first_detail_line() {
	if scr_capture | grep -qF "┃"; then
		scr_detail
	else
		scr_capture | sed -n '3,$p' | sed '$d'
	fi | grep -v '^ *$' | head -n 1
}

run() {
	w=$1 h=$2 lang=$3
	scr_context "${w}x$h LANG=$lang"

	# q from the detail pane returns to the list; q there quits.
	scr_start "$w" "$h" "$lang"
	scr_wait "Articles" || return
	scr_keys l
	scr_settle
	list_focused && [ "$w" -ge 60 ] && scr_fail "l did not focus the detail"
	scr_keys q
	scr_settle
	scr_dead && scr_fail "q in the detail pane quit"
	if [ "$w" -ge 60 ]; then
		list_focused || scr_fail "q did not return to the list"
	fi
	scr_has "Articles"
	# Esc is q: a second level back from the detail pane.
	scr_keys l Escape
	scr_settle
	scr_dead && scr_fail "Esc in the detail pane quit"
	scr_keys q
	i=0
	while ! scr_dead && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	scr_dead || scr_fail "q in the list did not quit"

	# Q from the detail pane and from the help quits at once.
	scr_start "$w" "$h" "$lang"
	scr_wait "Articles" || return
	scr_keys '?'
	scr_wait "Help"
	scr_keys q
	scr_wait_gone " Help "
	scr_dead && scr_fail "q in the help quit"
	scr_keys '?'
	scr_wait " Help "
	scr_keys Q
	i=0
	while ! scr_dead && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	scr_dead || scr_fail "Q in the help did not quit"

	scr_start "$w" "$h" "$lang"
	scr_wait "Articles" || return

	# The results view: q leaves it for where the search was made.
	scr_keys s
	scr_type "visa"
	scr_keys Enter
	scr_wait "Results" || return
	scr_keys q
	scr_wait_gone "Results"
	scr_has "Articles"
	scr_dead && scr_fail "q in the results quit"

	# Counts in the list: 03j is the fourth article (a lone 3 before j
	# is the Topics view, a leading 0 makes it a count); 2G the second.
	scr_keys g 0 3 j
	scr_settle
	[ "$(list_pos)" = "4/5" ] || scr_fail "3j: at $(list_pos), not 4/5"
	scr_has "Articles"
	scr_keys 2 G
	scr_settle
	[ "$(list_pos)" = "2/5" ] || scr_fail "2G: at $(list_pos), not 2/5"
	scr_not "Timeline ━"
	scr_keys 3 J
	scr_settle
	[ "$(list_pos)" = "5/5" ] || scr_fail "3J: at $(list_pos), not 5/5"
	scr_keys g

	# J and K from the detail pane: the next article, still reading.
	scr_keys l
	scr_settle
	a1=$(first_detail_line)
	scr_keys J
	scr_settle
	a2=$(first_detail_line)
	[ "$(list_pos)" = "2/5" ] || scr_fail "J: at $(list_pos), not 2/5"
	[ "$a1" != "$a2" ] || scr_fail "J did not show another article"
	if [ "$w" -ge 60 ]; then
		list_focused && scr_fail "J left the reader"
	fi
	scr_keys K
	scr_settle
	[ "$(first_detail_line)" = "$a1" ] || scr_fail "K did not go back"

	# Space at the end of an article goes on to the next.
	scr_keys G
	scr_settle
	scr_keys Space
	scr_settle
	[ "$(list_pos)" = "2/5" ] ||
	    scr_fail "Space at the end: at $(list_pos), not 2/5"
	scr_keys K

	# 50%: half-way through the article (the status line's percent).
	scr_keys g 5 0 %
	scr_settle
	pc=$(scr_row "$h" | grep -o '[0-9]*%' | head -n 1 | tr -d %)
	[ -n "$pc" ] && [ "$pc" -ge 35 ] && [ "$pc" -le 75 ] ||
	    scr_fail "50% shows ${pc:-nothing}%"

	# e and Ctrl-Y scroll the reader by a line, from the list too (in a
	# single-pane layout the list hides the reader: from the reader).
	if [ "$w" -ge 60 ]; then
		scr_keys g h
	else
		scr_keys g
	fi
	scr_settle
	t0=$(first_detail_line)
	scr_keys e e e
	scr_settle
	t1=$(first_detail_line)
	[ "$t0" != "$t1" ] || scr_fail "e did not scroll the detail pane"
	scr_keys C-y C-y C-y
	scr_settle
	[ "$(first_detail_line)" = "$t0" ] || scr_fail "Ctrl-Y did not scroll back"
	scr_keys C-e
	scr_settle
	[ "$(first_detail_line)" != "$t0" ] || scr_fail "Ctrl-E did nothing"
	scr_keys C-y
	scr_settle
	[ "$(first_detail_line)" = "$t0" ] || scr_fail "Ctrl-Y did nothing"
	scr_not "does nothing"
	[ "$w" -ge 60 ] || scr_keys h
	scr_keys C-n
	scr_settle
	[ "$(list_pos)" = "2/5" ] || scr_fail "Ctrl-N: at $(list_pos)"
	scr_keys C-p
	scr_settle
	[ "$(list_pos)" = "1/5" ] || scr_fail "Ctrl-P: at $(list_pos)"

	# Unbound keys all say the same thing.
	scr_keys x
	scr_wait "Key “x” does nothing"
	scr_keys C-t
	scr_wait "Key “Ctrl-T” does nothing"

	# Esc u hides the highlight of a text search; n shows it again.
	scr_keys l /
	scr_type "Nhật"
	scr_keys Enter
	scr_settle
	[ -n "$(scr_styled "$ST_MATCH_CURRENT|$ST_MATCH")" ] ||
	    scr_fail "no highlighted match after /Nhật"
	scr_keys Escape u
	scr_settle
	[ -z "$(scr_styled "$ST_MATCH_CURRENT|$ST_MATCH")" ] ||
	    scr_fail "Esc u left the highlight"
	scr_dead && { scr_fail "Esc u quit"; return; }
	scr_keys n
	scr_settle
	[ -n "$(scr_styled "$ST_MATCH_CURRENT|$ST_MATCH")" ] ||
	    scr_fail "n did not bring the highlight back"

	# Backspace puts the cursor back on the link followed.
	if [ "$w" -ge 60 ]; then
		scr_keys Escape u g Tab Tab
		scr_settle
		sel=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
		[ -n "$sel" ] || scr_fail "Tab Tab selected no link"
		scr_keys Enter
		scr_wait_pane "Topics"
		scr_keys BSpace
		scr_wait "▶ " >/dev/null
		scr_settle
		back=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
		[ "$back" = "$sel" ] ||
		    scr_fail "back: link cursor on \"$back\", not \"$sel\""
	fi

	# 2 then Backspace: back in the Articles view, from the Timeline.
	scr_keys h 2
	scr_wait_pane "Timeline"
	scr_keys j
	scr_settle
	scr_has "Timeline"
	scr_keys BSpace
	scr_wait_pane "Articles"
	scr_quit
}

run 80 24 C.UTF-8
run 120 40 C.UTF-8
run 80 24 C
run 40 12 C.UTF-8
scr_done
