#!/bin/sh
# The zoomed detail pane and the text column (issue 10, part 3), at
# 80x24, 120x40 and 40x12, under LANG=C.UTF-8 and LANG=C: z hides the
# list and widens the text, the status line saying "zoom"; z, q and Esc
# each bring the list back; the text column is at most 80 columns wide
# (zoomed at 120 columns, where the pane has 118), set at the left of the
# pane; the title stays in the border.  Where the column goes when it is
# centred is tests/unit/test_ui_layout.c's (the option comes from the
# configuration file).
. tests/screen/lib.sh

CACHE=$SCR_TMP/cache
t1=$("$HOSO" --list 2>/dev/null | head -n 1 | cut -f4 |
    awk '{ print $1, $2, $3 }')

# The widest line of text in the panes (rows 3 to the one above the
# status line), in columns, trailing blanks dropped.
text_width() {
	scr_capture | sed -n "3,$(($1 - 1))p" | sed 's/ *$//' |
	    LC_ALL=C.UTF-8 wc -L
}

# Waits for the status line to say "zoom" (1) or not (0).
wait_zoom() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		if scr_capture | tail -n 1 | grep -qw zoom; then
			[ "$1" = 1 ] && return 0
		else
			[ "$1" = 0 ] && return 0
		fi
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "the status line never $([ "$1" = 1 ] || echo "stopped \
saying" && echo says) zoom"
	return 1
}

for size in "80 24" "120 40" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$CACHE" || continue
		scr_wait "$t1" || continue
		scr_keys l
		scr_wait_row 2 "▶ $(echo "$t1" | awk '{ print $1, $2 }')"
		scr_settle
		if [ "$w" -ge 80 ]; then
			scr_has "┃"
			before=$(scr_detail | sed 's/ *$//' |
			    LC_ALL=C.UTF-8 wc -L)
		fi

		# z: the detail alone; its text wider than beside the list.
		scr_keys z
		wait_zoom 1
		scr_settle
		scr_not "┃"
		scr_not "┳"
		scr_row 2 | grep -qF "Articles" && scr_fail "the list's bar shows"
		scr_wait_row 2 "▶ $(echo "$t1" | awk '{ print $1, $2 }')"
		zw=$(text_width "$h")
		if [ "$w" -ge 80 ]; then
			[ "$zw" -gt "$before" ] ||
			    scr_fail "zoomed text $zw columns, not wider than $before"
		fi
		# The cap: at 120 the pane has 118 columns of room, the text
		# 80 at most (and it does fill the measure), set at the left
		# after the margin.
		if [ "$w" -ge 120 ]; then
			[ "$zw" -le 81 ] && [ "$zw" -ge 70 ] ||
			    scr_fail "zoomed text is $zw columns wide, not 70..80"
			scr_capture | sed -n "3,$((h - 1))p" | grep -v '^ *$' |
			    grep -qv '^ [^ ]' &&
			    scr_fail "a text line does not start at column 1"
		fi
		if [ "$w" -eq 80 ]; then
			[ "$zw" -ge 70 ] ||
			    scr_fail "zoomed at 80 the text is $zw columns"
		fi
		# Scrolling in the zoom works as in the pane.
		scr_keys Space
		sleep 0.2

		# z again: the list is back.
		scr_keys z
		wait_zoom 0
		if [ "$w" -ge 80 ]; then
			scr_wait "┃"
			scr_wait_pane "Articles"
		fi

		# q and Esc end the zoom (and do not quit).
		scr_keys z
		wait_zoom 1
		scr_keys q
		wait_zoom 0
		scr_dead && scr_fail "q in the zoom quit"
		scr_keys z
		wait_zoom 1
		scr_keys Escape
		wait_zoom 0
		scr_dead && scr_fail "Esc in the zoom quit"
		[ "$w" -ge 80 ] && scr_wait "┃"

		# A view switched ends the zoom too.
		scr_keys z
		wait_zoom 1
		scr_keys 3
		wait_zoom 0
		scr_wait_pane "Topics"

		# A digit right after the lone 3 would make a count of both
		# (31) and undo the switch: Ctrl-L, no count's key, settles it.
		scr_keys C-l 1
		scr_wait_pane "Articles"
		scr_quit
	done
done
scr_done
