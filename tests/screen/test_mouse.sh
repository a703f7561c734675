#!/bin/sh
# Mouse (issue 4): a click selects a row and focuses its pane, the wheel
# scrolls the pane under the pointer, a click on a tab switches the view,
# a click on a link follows it.  Events are sent as raw bytes, the way the
# terminal sends them: X10 encoding, which tmux-256color's kmous names.
. tests/screen/lib.sh

# mouse BUTTON X Y: one X10 event at 1-based column X, row Y.
mouse() {
	scr_tmux send-keys -t "$SCR_SESSION" -H 1b 5b 4d \
	    "$(printf '%x' $((32 + $1)))" "$(printf '%x' $((32 + $2)))" \
	    "$(printf '%x' $((32 + $3)))"
}
click() { mouse 0 "$1" "$2"; mouse 3 "$1" "$2"; }
wheel_down() { mouse 65 "$1" "$2"; }

# col ROW TEXT: the 1-based column where TEXT starts on screen row ROW.
col() {
	line=$(scr_row "$1")
	before=${line%%"$2"*}
	[ "$before" != "$line" ] || { echo 0; return; }
	echo $(( $(printf '%s' "$before" | LC_ALL=C.UTF-8 wc -m) + 1 ))
}

scr_context "100x30 mouse"
scr_start 100 30 C.UTF-8
scr_wait "1 Articles"
scr_settle

# A click on the second article's title selects it.
click 5 5
scr_wait_row 2 " 2/5 "
scr_wait "━▶ Articles"

# A click in the detail pane focuses it (its border, titled with the
# article, takes the focus mark); the wheel there scrolls it.
click 60 12
scr_wait "┳━▶ "
top=$(scr_row 3 | cut -c45-)
wheel_down 60 12
wheel_down 60 12
i=0
while [ "$(scr_row 3 | cut -c45-)" = "$top" ] && [ $i -lt 40 ]; do
	sleep 0.05
	i=$((i + 1))
done
[ "$(scr_row 3 | cut -c45-)" != "$top" ] || scr_fail "the wheel did not scroll"
scr_wait_row 2 " 2/5 "

# A click on a tab switches the view.
x=$(col 1 "3 Topics")
[ "$x" -gt 0 ] || scr_fail "no Topics tab"
click $((x + 2)) 1
scr_wait "Topics · mentions · articles"

# A click on a related topic follows the link; Backspace comes back.
click 60 3
scr_sync
first=$(scr_row 3 | cut -c44-)
scr_keys G
scr_keys g
y=$(scr_capture | grep -n "Related topics" | head -n 1 | cut -d: -f1)
[ -n "$y" ] || scr_fail "no related topics on screen"
y=$((y + 1))
name=$(scr_row $y | sed 's/.*• //; s/ *$//')
x=$(col $y "• ")
click $((x + 3)) $y
scr_wait_row 3 "$name"
scr_keys BSpace
scr_wait_row 3 "$first"

scr_dead && scr_fail "hoso died"
scr_quit
scr_done
