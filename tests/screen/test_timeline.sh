#!/bin/sh
# The timeline as a picture (issue 10, part 5), at 80x24, 120x40 and
# 40x12, under LANG=C.UTF-8 and LANG=C: year ticks and labels on the
# axis, the count of milestones that fall on one column, zoom in (+)
# down to every year with the selected milestone kept in view, zoom out
# (-) back to the whole timeline, the last milestone's label, spans on
# the axis and in the list, the legend (on the axis when tall, in the
# help otherwise), and a topic's milestones as links into the Timeline.
. tests/screen/lib.sh

CACHE=$(mktemp -d "${TMPDIR:-/tmp}/hoso-tl.XXXXXX")
trap 'rm -rf "$CACHE"; scr_cleanup' EXIT

# Row 2 is the axis line, row 3 its labels, row 4 the legend (when the
# strip has one) or the list's title bar.
axis_has() {
	scr_wait_row 2 "$1"
}
labels_have() {
	scr_wait_row 3 "$1"
}
labels_lack() {
	scr_settle
	if scr_row 3 | grep -qF -- "$1"; then
		scr_fail "the axis labels show \"$1\""
	fi
}

# find TEXT: the list's search, to select the row whose title has TEXT.
find_row() {
	scr_keys /
	scr_type "$1"
	scr_keys Enter
	scr_wait_gone "/$1"
}

for size in "80 24" "120 40" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		scr_start "$w" "$h" "$lang" "XDG_CACHE_HOME=$CACHE" || continue
		scr_keys 2
		scr_wait "1/18" || { scr_quit; continue; }

		# Year ticks on the axis line, decades (or closer) below.
		axis_has "┬"
		labels_have "1973"
		labels_have "2000"
		labels_have "2045"

		# The last milestone: its label once, not over the year's.
		# (Right after the 2, G would make it 2G, the second article:
		# k, no count's key, settles the switch first.)
		scr_keys k G
		scr_wait "18/18"
		axis_has "◆"
		labels_have "2045"
		labels_lack "20455"

		# Three milestones on 2023-11-27; the selected one says which
		# of them it is once the axis shows every year.
		find_row "Nâng cấp quan hệ"
		scr_wait "16/18"
		scr_keys + + + +
		scr_wait "Axis: 2021–2025 (5 years)"
		axis_has "◆"
		axis_has "◀"
		axis_has "▶"
		labels_have "2023-11-27 (2/3)"
		labels_have "2021"
		labels_have "2022"
		# One more step in, then as far in as it goes.
		scr_keys +
		scr_wait "Axis: 2022–2024 (3 years)"
		labels_have "2022"
		labels_have "2023-11-27 (2/3)"
		scr_keys + +
		scr_wait "Zoomed in all the way"
		axis_has "◆"

		# Zoomed in, the axis follows the selection to either end.
		scr_keys G
		scr_wait "18/18"
		axis_has "◆"
		labels_have "2045"
		labels_lack "20455"
		scr_keys g
		scr_wait "1/18"
		axis_has "◆"
		labels_have "1973"
		axis_has "▶"

		# Zoom out: back to the whole timeline.
		scr_keys - - - - - -
		scr_wait "Axis: 1973–2045 (all)"
		labels_have "1973"
		labels_have "2045"
		labels_have "2000"

		# At the whole timeline's width, the stack of 2023-11-27
		# (wide enough to hold it apart from 2023's).
		if [ "$w" -ge 80 ]; then
			axis_has "3"
		fi

		# Spans: on the axis a thick line, in the list start – end
		# (the end shortened in a narrow list), in full in the detail.
		find_row "Kim ngạch xuất"
		scr_wait "7/18"
		if [ "$w" -ge 120 ]; then
			scr_wait "2021-01 – 2021-09       Nine-month"
		else
			scr_wait "2021-01 – 09 "
		fi
		[ "$h" -ge 24 ] && scr_wait "2021-11-22 – "
		[ "$w" -lt 120 ] && [ "$h" -ge 24 ] &&
		    scr_wait "2021-11-22 – 25 " 
		scr_not "2021-01/2021-09"
		scr_keys + + +
		scr_wait "Axis: 2016–2025 (10 years)"
		axis_has "━"
		labels_have "2016"
		labels_have "2018"
		labels_have "2025"
		# Every year from 80 columns; every other one at 40.
		if [ "$w" -ge 80 ]; then
			labels_have "2017"
			labels_have "2019"
		fi
		scr_keys l
		scr_wait "2021-01 – 2021-09"
		scr_keys h

		# The legend: its own line on a tall screen, else in the help
		# with the zoom keys.
		if [ "$h" -ge 30 ]; then
			scr_wait_row 4 "● event"
			scr_wait_row 4 "○ target"
			scr_wait_row 4 "◆ selected"
			scr_wait_row 4 "milestones in one place"
		else
			scr_settle
			scr_row 4 | grep -qF "● event" &&
			    scr_fail "a legend line on a short screen"
		fi
		if [ "$w" -ge 80 ]; then
			# (The prompt's keys and the mouse come after them:
			# the help's search finds them.)
			scr_keys "?" /
			scr_type "zoom the axis in"
			scr_keys Enter
			scr_wait "zoom the axis in, down to every year"
			scr_wait "zoom the axis out; on it a filled dot"
			if [ "$w" -ge 120 ]; then
				scr_wait "that many milestones in one place"
			else
				scr_wait "a hollow dot a target"
			fi
			scr_keys Escape
			scr_wait_gone "zoom the axis out; on it"
		fi

		# From a topic's page, its milestones are links; Enter on
		# one opens the Timeline at it, Backspace comes back.
		scr_keys 3
		scr_wait "1/16"
		find_row "Lao động"
		scr_keys l
		scr_wait "Labour and trainees"
		# The related topics' two links, then the milestone's (the
		# pane scrolls to it).
		scr_keys Tab Tab Tab
		scr_wait "Milestones (1)"
		scr_wait "1992 — Vietnam begins sending"
		scr_keys Enter
		scr_wait "2/18"
		scr_wait "Vietnam begins sending trainees"
		axis_has "◆"
		labels_have "1992"
		scr_keys BSpace
		scr_wait "7/16"
		scr_wait "Milestones (1)"
		scr_wait "1992 — Vietnam begins sending"

		scr_not "�"
		scr_quit
	done
done
scr_done
