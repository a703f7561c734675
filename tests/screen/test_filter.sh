#!/bin/sh
# & filters the focused list (issue 11, part 1), at 80x24 and 40x12 and
# under LANG=C: live as typed with kept/all in the prompt, each field of
# the query language (words, topic:, source:, from:, to:, date:,
# target:, -term, OR), an error with its column that keeps the filter
# from before, the filter in the list's title bar, a filter that keeps
# nothing, Backspace back to the list as it was, and clearing it.
. tests/screen/lib.sh

# filter QUERY: & then the query, without Enter.
filter() {
	scr_keys "&" C-u
	scr_type "$1"
}

# applied QUERY KEPT ALL: the count in the prompt as typed, then the
# filter set with Enter, as the status line says it (cut at 40 columns).
applied() {
	filter "$1"
	scr_wait "&$1"
	scr_wait_row -1 " $2/$3"
	scr_keys Enter
	scr_wait "Filter “"
	if [ "$w" -ge 80 ]; then
		scr_wait "Filter “$1”: $2/$3"
	fi
}

for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		scr_start "$w" "$h" "$lang" || continue
		scr_wait "1/5" || { scr_quit; continue; }

		# Live: the count follows the typing, before Enter.
		filter "topic:visa"
		scr_wait "4/5"
		scr_type " from:2023"
		scr_wait "3/5"
		scr_keys Enter
		scr_wait "Filter “topic:visa"
		scr_wait "1/3"
		[ "$w" -ge 80 ] && scr_wait "Articles & topic:vis"

		# An error names its column; Esc keeps the filter it had.
		filter "visa topic:nothing"
		if [ "$w" -ge 80 ]; then
			scr_wait "col 12: no topic is named 'nothing'"
		fi
		scr_wait_row -1 "✗ col 12"
		scr_keys Escape
		scr_wait_gone "col "
		scr_wait "1/3"

		applied "source:vnexpress" 2 5
		applied "-topic:visa" 1 5
		scr_wait "2021-11-22 · Không rõ"
		applied "source:vnexpress OR date:2022" 3 5
		applied "to:2022-12" 2 5
		# Words, typed without marks: each anywhere, or a phrase.
		applied "thi thuc" 5 5
		applied "\"thi thuc\"" 2 5
		applied "\"thi thuc\" -source:vnexpress" 1 5
		scr_wait "Sài Gòn"

		# Nothing kept: said in the list.
		applied "zzzz" 0 5
		scr_wait "Nothing matches the filter"

		# Backspace: the list as it was before the last filter.
		scr_keys BSpace
		scr_wait "1/1"
		scr_wait "Sài Gòn"

		# An empty query clears it.
		scr_keys "&" C-u Enter
		scr_wait "Filter cleared"
		scr_wait "1/5"

		# o: the orders of the article list, with and without a filter;
		# the selected article stays selected.
		scr_keys o
		scr_wait "Sorted by title"
		scr_wait_row 3 "Chủ tịch nước"
		[ "$w" -ge 80 ] && scr_wait "Articles · by title"
		scr_keys o
		scr_wait "Sorted by source"
		scr_wait_row 3 "Thủ tướng Phạm"
		scr_keys o
		scr_wait "Sorted by mentions of “"
		applied "-source:vnexpress" 3 5
		scr_wait_row 3 "Việt Nam – Nhật Bản"
		scr_keys o
		scr_wait "Sorted by date"
		scr_wait "1/3"
		scr_keys "&" C-u Enter
		scr_wait "Filter cleared"

		# The timeline: targets, a span of years, a day.
		scr_keys 2
		scr_wait "1/18"
		applied "target:yes" 3 18
		scr_wait "2045"
		applied "from:2021 to:2022" 6 18
		# Spans overlap the day; a year-only milestone may be that day.
		applied "date:2023-11-27" 5 18
		applied "target:no topic:defence" 1 18
		scr_wait "Defence equipment"
		scr_keys "&"
		scr_type " OR"
		scr_wait_row -1 "✗ col 27"
		scr_keys Escape

		# The topics: by their words (titles, keywords, summary).
		scr_keys 3
		scr_wait "1/16"
		applied "thi thuc" 4 16
		applied "\"thi thuc\"" 1 16
		scr_wait "Visas and travel"
		filter "from:2020"
		scr_wait_row -1 "✗ col 1"
		[ "$w" -ge 80 ] && scr_wait "✗ col 1: from: is not a field"
		scr_keys Escape

		scr_not "�"
		scr_quit
	done
done
scr_done
