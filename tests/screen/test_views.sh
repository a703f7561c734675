#!/bin/sh
# Every view (list pane, then detail pane) at 80x24, 120x40 and 40x12,
# under LANG=C.UTF-8 and LANG=C: each shows its content, the detail pane's
# border carries the item's title, and the screens are the same in both
# locales (hoso falls back to C.UTF-8 by itself).  In Vietnamese
# (LANGUAGE=vi), so that the content's own titles are what is shown.
. tests/screen/lib.sh

first_title=$("$HOSO" --list 2>/dev/null | head -n 1 | cut -f4 |
    awk '{ print $1, $2, $3 }')
ms_date=$("$HOSO" --timeline 2>/dev/null | head -n 1 | cut -f1)
ms_title=$("$HOSO" --timeline 2>/dev/null | head -n 1 | cut -f2 |
    awk '{ print $1, $2 }')
topic_title=$("$HOSO" --topics 2>/dev/null | head -n 1 | cut -f2 |
    awk '{ print $1, $2 }')

# shot NAME: the settled screen, kept for comparing the locales.
shot() {
	scr_settle
	scr_capture >"$SCR_TMP/$1"
}

for size in "80 24" "120 40" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		scr_start "$w" "$h" "$lang" LANGUAGE=vi
		scr_wait "Bài báo" || continue

		# Articles: the list, then the reader.
		scr_has "$first_title"
		shot "$w.$lang.articles"
		scr_keys l
		scr_wait "━▶ $first_title"
		scr_has "2023-11-27"
		shot "$w.$lang.reader"

		# Timeline: the axis, the milestones, the detail.
		scr_keys 2
		scr_wait "Dòng thời gian"
		scr_wait "$ms_date"
		scr_has "$ms_title"
		scr_has "●"
		shot "$w.$lang.timeline"
		scr_keys l
		scr_wait "━▶ $ms_date · $ms_title"
		shot "$w.$lang.milestone"

		# Topics: the list, then one topic.
		scr_keys 3
		scr_wait "Chủ đề"
		scr_wait "$topic_title"
		shot "$w.$lang.topics"
		scr_keys l
		scr_wait "━▶ $topic_title"
		shot "$w.$lang.topic"

		scr_keys 1
		scr_wait "Bài báo"
		scr_not "_"
		scr_not "�"
		scr_quit
	done
	for v in articles reader timeline milestone topics topic; do
		if ! cmp -s "$SCR_TMP/$w.C.UTF-8.$v" "$SCR_TMP/$w.C.$v"; then
			SCR_CONTEXT="${w}x$h"
			SCR_SESSION=
			scr_fail "$v differs between LANG=C.UTF-8 and LANG=C:"
			diff "$SCR_TMP/$w.C.UTF-8.$v" "$SCR_TMP/$w.C.$v" |
			    head -n 20
		fi
	done
done
scr_done
