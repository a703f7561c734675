#!/bin/sh
# Where am I, where does it lead (issue 10, part 3), at 80x24, 120x40 and
# 40x12, under LANG=C.UTF-8 and LANG=C:
#   - the article list: one line per article (date, source, title) in a
#     list of 60 columns (120 columns of terminal), two lines at 80 and 40;
#   - the detail pane's border carries the article's title, and after
#     following a topic link the topic's;
#   - Tab to a link: the status line says "→ Topic: …" (or the article's
#     date, source and title), and the key hint of q says back or quit;
#   - < and > move the list's border by 4 columns; at 40 columns they say
#     why they cannot.
. tests/screen/lib.sh

CACHE=$SCR_TMP/cache
# The first two articles, newest first: their dates, sources and titles.
row() {
	"$HOSO" --list 2>/dev/null | sed -n "${1}p" | cut -f"$2"
}
words() {
	awk -v n="$1" '{ s = $1; for (i = 2; i <= n; i++) s = s " " $i;
	    print s }'
}
t1=$(row 1 4 | words 3)
d1=$(row 1 2)
d2=$(row 2 2)
s2=$(row 2 3)
t2=$(row 2 4 | words 2)

# The columns left of the pane separator "┳" on row 2 (the list's width),
# or nothing when there is none.
sep_col() {
	scr_row 2 | grep -qF "┳" || return 0
	scr_row 2 | sed 's/┳.*//' | LC_ALL=C.UTF-8 wc -L
}

# The status line's target after "→ " with the kind named ("Topic: "),
# without the cut mark.
target() {
	scr_capture | tail -n 1 | sed -n 's/.*→ Topic: //p' |
	    sed 's/   .*//; s/…$//; s/ *$//'
}

for size in "80 24" "120 40" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$CACHE" || continue
		scr_wait "$t1" || continue
		scr_settle

		# The article list's rows.
		if [ "$w" -ge 120 ]; then
			scr_row 3 | grep -qE -- "$d1 +.+ +$(echo "$t1" |
			    awk '{ print $1 }')" ||
			    scr_fail "row 3 is not date, source, title"
			scr_row 4 | grep -qE -- "^ $d2 +$s2 +$t2" ||
			    scr_fail "row 4 is not \"$d2 $s2 $t2\""
		else
			scr_row 3 | grep -qF -- "$t1" ||
			    scr_fail "row 3 lacks the first title"
			scr_row 4 | grep -qE -- "^ $d1 · " ||
			    scr_fail "row 4 is not the first article's date"
			scr_row 5 | grep -qF -- "$(echo "$t2" |
			    awk '{ print $1 }')" ||
			    scr_fail "row 5 is not the second title"
		fi
		[ "$w" -ge 80 ] && scr_wait_row -1 "q:quit"

		# The list's width: > and < by 4 columns; none at 40.
		if [ "$w" -ge 80 ]; then
			c0=$(sep_col)
			[ "$c0" = "$([ "$w" -ge 120 ] && echo 60 || echo 32)" ] ||
			    scr_fail "the list is $c0 columns wide"
			scr_keys ">"
			k=0
			while [ "$(sep_col)" = "$c0" ] && [ $k -lt 100 ]; do
				sleep 0.05
				k=$((k + 1))
			done
			[ "$(sep_col)" = $((c0 + 4)) ] ||
			    scr_fail "> made the list $(sep_col), not $((c0 + 4))"
			scr_keys "<" "<"
			k=0
			while [ "$(sep_col)" != $((c0 - 4)) ] && [ $k -lt 100 ]; do
				sleep 0.05
				k=$((k + 1))
			done
			[ "$(sep_col)" = $((c0 - 4)) ] ||
			    scr_fail "< < made the list $(sep_col), not $((c0 - 4))"
			scr_keys ">"
			k=0
			while [ "$(sep_col)" != "$c0" ] && [ $k -lt 100 ]; do
				sleep 0.05
				k=$((k + 1))
			done
		else
			scr_keys ">"
			scr_wait "Too narrow for two panes"
			[ -z "$(sep_col)" ] || scr_fail "a separator at 40"
		fi

		# The detail's border: the article's title, not "Detail".
		scr_keys l
		if [ "$w" -ge 80 ]; then
			scr_wait_row 2 "▶ $t1"
			scr_wait_row -1 "q:back"
		else
			scr_wait_row 2 "▶ $(echo "$t1" | awk '{ print $1, $2 }')"
		fi
		scr_not "Detail"

		# Tab to the first link, a topic mention: where it leads.
		scr_keys Tab
		scr_wait_row -1 "→ Topic: "
		tt=$(target)
		[ -n "$tt" ] || scr_fail "no topic title after \"→ Topic: \""
		# In English the title is the topic's English one when it has
		# one, else its own: either way it is the map's.
		grep -qF -- "$(echo "$tt" | words 2)" content/topics.yaml ||
		    scr_fail "\"$tt\" is no topic's title"
		# It comes first, before any hint.
		scr_capture | tail -n 1 | grep -qE "^ [0-9]+/[0-9]+ [0-9]+%  → " ||
		    scr_fail "the target is not first on the status line"

		# Followed: the topic's title is in the border.
		scr_keys Enter
		scr_wait_row 2 "▶ $(echo "$tt" | words 2)"
		if [ "$w" -ge 80 ]; then
			scr_wait_pane "Topics"
		fi

		# A link to an article on the topic's page: its date, its
		# source and its title (the first Tab may be a related
		# topic; go on to an article).
		if [ "$w" -ge 120 ]; then
			k=0
			while [ $k -lt 12 ]; do
				scr_keys Tab
				sleep 0.1
				scr_capture | tail -n 1 |
				    grep -qE "→ 20[0-9-]+ · .+ — " && break
				k=$((k + 1))
			done
			scr_capture | tail -n 1 |
			    grep -qE "→ 20[0-9-]+ · .+ — " ||
			    scr_fail "no article link says date · source — title"
		fi

		scr_keys h
		scr_quit
	done
done
scr_done
