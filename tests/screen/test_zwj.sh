#!/bin/sh
# A zero-width joiner between letters (Vi<ZWJ>ệt) and flags (two regional
# indicators, and an odd one out) in an article's title and body: at 80x24
# the divider between the panes, the list pane's right-hand border, is in
# the same column on every row, the words after the flags are where
# ncurses put them, and a title cut in the list pane is not cut inside a
# flag.
# tmux 3.3a draws the non-ASCII character after a ZWJ in the ZWJ's cell;
# ncurses gives it a cell of its own, so a ZWJ left in the text shifts the
# rest of its row one column to the left.
. tests/screen/lib.sh

zwj=$(printf '\342\200\215')
vn=$(printf '\360\237\207\273\360\237\207\263')
jp=$(printf '\360\237\207\257\360\237\207\265')
ri=$(printf '\360\237\207\273')

dir=$SCR_TMP/corpus
mkdir -p "$dir/articles"
cat >"$dir/topics.yaml" <<EOF
topics:
  - id: vn
    title: Việt Nam
    title_en: Vietnam
    summary: Cờ $vn của Vi${zwj}ệt Nam.
    keywords: [Việt Nam]
    related: []
timeline: []
EOF
cat >"$dir/articles/flag.txt" <<EOF
---
title: Cờ $vn của Vi${zwj}ệt Nam
date: 2024-01-02
source: Báo Thử
---
Vi${zwj}ệt Nam $vn và Vi${zwj}ệt Vi${zwj}ệt xong.

Cờ $vn$jp$ri lẻ, và a${zwj}b, क्${zwj}ष.
EOF
# A title cut in the list pane, where the cut falls inside a flag.
flags=$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn$vn
cat >"$dir/articles/flags.txt" <<EOF
---
title: Lá cờ $flags
date: 2023-05-06
source: Báo Thử
---
Một hàng cờ.
EOF

# Display width of a string, as ncurses counts it (wcwidth).
cols() {
	printf '%s\n' "$1" | LC_ALL=C.UTF-8 wc -L
}

# The cell (0-based "row column") of each occurrence of a string, top to
# bottom, as tmux lays the screen out: its copy mode's search, which
# leaves the cursor on the last cell of the match.  The text of
# capture-pane cannot tell, as a merged cell holds both characters.
cells_of() {
	scr_tmux set-option -g wrap-search off
	scr_tmux copy-mode -t "$SCR_SESSION"
	scr_tmux send-keys -t "$SCR_SESSION" -X history-top
	scr_tmux send-keys -t "$SCR_SESSION" -X start-of-line
	last=
	while :; do
		scr_tmux send-keys -t "$SCR_SESSION" -X search-forward-text "$1"
		at=$(scr_tmux display-message -p -t "$SCR_SESSION" \
		    '#{copy_cursor_y} #{copy_cursor_x}')
		[ "$at" = "$last" ] && break
		case $at in "0 0") break ;; esac
		echo "$at"
		last=$at
	done
	scr_tmux send-keys -t "$SCR_SESSION" -X cancel
}

scr_context "80x24 C.UTF-8"
scr_start 80 24 C.UTF-8 LANGUAGE=vi -- -C "$dir"
if scr_wait_pane "Bài báo"; then
	scr_settle
	scr_has "Cờ $vn của Việt Nam"
	scr_has "Việt Nam $vn và Việt Việt xong."
	scr_has "Cờ $vn$jp$ri lẻ"
	scr_not "$zwj"
	# a flag too wide for what is left is not cut in half
	scr_has "Lá cờ $vn$vn"
	scr_has "$vn…"
	scr_not "$ri…"

	# The divider: on rows 3 to 23, under the "┳" of the pane titles.
	bar=$(cells_of "┳" | sed -n '1s/.* //p')
	cells_of "┃" >"$SCR_TMP/bars"
	n=$(grep -c . "$SCR_TMP/bars")
	[ "$n" -eq 21 ] || scr_fail "the divider is on $n rows, not 21"
	[ -n "$bar" ] || { scr_fail "no pane titles"; bar=-1; }
	while read -r y x; do
		[ "$x" -eq "$bar" ] ||
		    scr_fail "row $((y + 1)): divider in column $x, not $bar"
	done <"$SCR_TMP/bars"

	# After the letters and the flags, tmux's columns are ncurses's:
	# the detail text starts two columns right of the divider.
	for w in "xong.|Việt Nam $vn và Việt Việt " "lẻ,|Cờ $vn$jp$ri "; do
		word=${w%%|*} before=${w#*|}
		want=$((bar + 2 + $(cols "$before$word") - 1))
		got=$(cells_of "$word" | sed -n '1s/.* //p')
		[ "$got" = "$want" ] ||
		    scr_fail "\"$word\" in column ${got:-none}, not $want"
	done
	scr_quit
fi
scr_done
