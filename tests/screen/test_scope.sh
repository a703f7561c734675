#!/bin/sh
# F (issue 11, section 1): the article list's filter applied to the
# whole dossier.  While on, the header says so (cut to fit at 40
# columns), the Timeline keeps the milestones the filtered articles
# attest, the Topics view counts over them, and a corpus search looks
# in them; F again, or clearing the filter, turns it off and gives the
# lists back whole.  F without a filter says so.  At 80x24 and 40x12,
# nothing wider than the screen.
. tests/screen/lib.sh

# filter QUERY: & and the query, Enter.
filter() {
	scr_keys "&" C-u
	scr_type "$1"
	scr_keys Enter
	scr_wait "Filter “"
}

# topic_counts TITLE COUNTS: the Topics row of TITLE shows COUNTS.
topic_counts() {
	scr_capture | grep -Eq "$1.* $2( |$)" ||
	    scr_fail "the row of $1 does not count $2"
}

for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	scr_context "${w}x$h"
	scr_start "$w" "$h" C.UTF-8 -- --no-config || continue
	scr_wait "1/5" || { scr_quit; continue; }

	scr_keys F
	scr_wait "The article list has no filter"
	scr_not "(whole"

	filter "topic:visa from:2023"
	scr_wait_row -1 " 1/3 "
	scr_keys F
	if [ "$w" -ge 80 ]; then
		scr_wait_row 1 "filter: topic:visa from:2023 (whole dossier)"
		scr_wait "on the whole dossier: 3/5 articles"
	else
		scr_wait_row 1 "& topic:… (whole)"
	fi
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	# The timeline: the milestones those three articles attest.
	scr_keys 2
	scr_wait_row -1 "/10 "
	scr_wait_row 1 "(whole"
	# Its own filter narrows it further.
	filter "target:yes"
	scr_wait_row -1 "/2 "
	scr_keys "&" C-u Enter
	scr_wait "Filter cleared"
	scr_wait_row -1 "/10 "

	# The topics: counted over those articles.
	scr_keys 3
	scr_wait_row -1 " 1/16 "
	topic_counts "Agriculture and farm" "10 · 2"
	topic_counts "Defence and security" "16 · 3"
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	# A search looks in them only (2 articles hold "visa", 1 of them
	# is kept).
	scr_keys s
	scr_type "visa"
	scr_keys Enter
	scr_wait_row -1 " 1/1 "
	scr_keys q
	scr_wait_row -1 " 1/16 "

	# F again: all of it back.
	scr_keys F
	scr_wait "The filter is the article list"
	scr_wait_gone "(whole"
	topic_counts "Agriculture and farm" "15 · 4"
	topic_counts "Defence and security" "20 · 4"
	scr_keys 2
	scr_wait_row -1 "/18 "

	# On again, then the filter cleared: off with it.
	scr_keys 1 F
	scr_wait_row 1 "(whole"
	scr_keys 2
	scr_wait_row -1 "/10 "
	scr_keys 1 "&" C-u Enter
	scr_wait "Filter cleared"
	scr_wait_gone "(whole"
	scr_keys 2
	scr_wait_row -1 "/18 "

	# A filter that keeps every article: the counts are the index's.
	scr_keys 1
	filter "-zzzz"
	scr_keys F 3
	scr_wait_row 1 "(whole"
	scr_wait_row -1 " 1/16 "
	topic_counts "Agriculture and farm" "15 · 4"
	topic_counts "Defence and security" "20 · 4"
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	scr_not "�"
	scr_quit
	# Under SAN=1, what the sanitizers say at exit (a leak) is a failure.
	! scr_capture -J -S -200 | grep -q "Sanitizer" ||
	    scr_fail "the sanitizer reported a problem"
done
scr_done
