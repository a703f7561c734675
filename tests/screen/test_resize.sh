#!/bin/sh
# A resize in every view, overlay and prompt: 80x24 -> 120x40 -> 40x12
# -> 80x24.  After each, the screen shows what it should (no stale or
# blank screen, no crash); the reader keeps its reading position, and
# back at 80x24 it is exactly the screen it was.
. tests/screen/lib.sh

SIZES="120x40 40x12 80x24"
first_title=$("$HOSO" --list 2>/dev/null | head -n 1 | cut -f4 |
    awk '{ print $1, $2, $3 }')
ms_title=$("$HOSO" --timeline 2>/dev/null | head -n 1 | cut -f2 |
    awk '{ print $1, $2 }')
ms_date=$("$HOSO" --timeline 2>/dev/null | head -n 1 | cut -f1)
topic_title=$("$HOSO" --topics 2>/dev/null | head -n 1 | cut -f2 |
    awk '{ print $1, $2 }')

# The text of the focused content as one line: the detail pane when two
# panes are shown, else the whole screen.
flat() {
	if scr_capture | grep -q "┃"; then
		scr_detail
	else
		scr_capture | sed '1d; $d'
	fi | tr '\n' ' ' | tr -s ' '
}

# resize_all WHAT TEXT...: resizes through $SIZES, after each waiting for
# every TEXT (in flat() when it starts with "=", else anywhere).
resize_all() {
	what=$1
	shift
	for size in $SIZES; do
		w=${size%x*} h=${size#*x}
		scr_resize_wait "$w" "$h"
		for t in "$@"; do
			case $t in
			=*)
				t=${t#=}
				k=0
				while [ $k -lt 100 ]; do
					case $(flat) in *"$t"*) break;; esac
					sleep 0.05
					k=$((k + 1))
				done
				[ $k -lt 100 ] ||
				    scr_fail "$what at $size: \"$t\" not shown"
				;;
			*)
				scr_wait "$t" || scr_fail "$what at $size"
				;;
			esac
		done
		if scr_dead; then
			scr_fail "$what: hoso died at $size"
			return 1
		fi
		[ "$w" -ge 100 ] && scr_wait "1 Bài báo "
	done
	return 0
}

# In Vietnamese: the titles checked are the command line's, which are the
# Vietnamese ones (the English reader shows title_en and sorts by it).
for lang in C.UTF-8 C; do
	scr_context "LANG=$lang"
	scr_start 80 24 "$lang" LANGUAGE=vi
	scr_wait "Bài báo" || continue

	resize_all "the article list" "$first_title"

	# The reader, in the middle of the text.
	scr_keys l j j j j j j j j j j j j j j j j j j j j
	scr_sync
	scr_capture >"$SCR_TMP/reader"
	words=$(scr_detail | head -n 1 | awk '{ print $1, $2, $3, $4 }')
	# The detail pane's border carries the article's title, though
	# the text shown is from the middle.
	resize_all "the reader" "=$words" "━▶ $first_title"
	scr_settle
	scr_capture >"$SCR_TMP/reader2"
	if ! cmp -s "$SCR_TMP/reader" "$SCR_TMP/reader2"; then
		scr_fail "the reader is not where it was after resizing back:"
		diff "$SCR_TMP/reader" "$SCR_TMP/reader2" | head -n 10
	fi

	scr_keys 2
	resize_all "the timeline" "Dòng thời gian" "$ms_title"
	scr_keys l
	resize_all "a milestone" "━▶ $ms_date · " "=$ms_title"

	scr_keys 3
	resize_all "the topics" "Chủ đề" "$topic_title"
	scr_keys l
	resize_all "a topic" "━▶ $topic_title" "=$topic_title"

	scr_keys "?"
	scr_wait "┌─ Trợ giúp ─"
	resize_all "the help" "┌─ Trợ giúp ─"
	scr_keys q
	scr_wait_gone "┌─ Trợ giúp ─"

	scr_keys /
	scr_type "thi th"
	resize_all "the search prompt" "/thi th"
	scr_type "uc"
	scr_keys Enter
	scr_wait "“thi thuc”"

	scr_keys s
	scr_type "thi thuc"
	scr_keys Enter
	resize_all "the search results" "Kết quả"
	scr_quit
done
scr_done
