#!/bin/sh
# Search (issue 4 acceptance): "/" then "thi thuc" in an article
# highlights every "thị thực" as you type; n and N move the current
# match; a query with marks matches only those marks, capitals likewise;
# no match says so; the prompt's editing keys; title search in a list;
# corpus search with "s", whose Enter opens the article at the match,
# and Backspace returns to the results, then to where the search was made.
. tests/screen/lib.sh

visa_id=2023-11-27-vnexpress-mien-visa
visa_title=$("$HOSO" --list 2>/dev/null | awk -F '\t' -v id="$visa_id" \
    '$1 == id { print $4 }')
visa_row=$("$HOSO" --list 2>/dev/null | awk -F '\t' -v id="$visa_id" \
    '$1 == id { print NR }')
# Passages with a match (the reader counts matches, and its own text).
nvisa=$("$HOSO" --search "thi thuc" 2>/dev/null |
    awk -F '\t' -v id="$visa_id" '$1 == id' | wc -l)
# The results are one row per article that holds the query.
ncorpus=$("$HOSO" --search "thi thuc" 2>/dev/null | cut -f 1 | sort -u | wc -l)
[ -n "$visa_title" ] || scr_fail "no article $visa_id in the bundled content"
[ "$nvisa" -ge 2 ] || scr_fail "$visa_id has $nvisa matches of thi thuc"

# The styles of every "thị thực" (or "THỊ THỰC") on the screen.
styles() {
	{ scr_sgr_all "thị thực"; scr_sgr_all "Thị thực"; } | sort | uniq -c
}

for lang in C.UTF-8 C; do
	scr_context "80x24 LANG=$lang"
	scr_start 80 24 "$lang"
	scr_wait "Articles" || continue

	# Open the visa article in the reader.
	i=1
	while [ "$i" -lt "$visa_row" ]; do
		scr_keys j
		i=$((i + 1))
	done
	scr_keys l
	scr_wait "┃ $(printf '%s\n' "$visa_title" | awk '{ print $1, $2, $3 }')"
	scr_settle
	before=$(scr_styled "$ST_MATCH|$ST_MATCH_CURRENT")
	[ -z "$before" ] || scr_fail "matches highlighted before any search"

	# Highlighted as you type, before Enter.
	scr_keys /
	scr_type "thi thuc"
	scr_wait "/thi thuc"
	scr_settle
	# The prompt line ends with "current/total".
	total=$(scr_row 24 | sed -n 's|.* 1/\([0-9][0-9]*\) *$|\1|p')
	[ -n "$total" ] && [ "$total" -ge "$nvisa" ] ||
	    scr_fail "the prompt does not count at least $nvisa matches"
	nvisa=${total:-$nvisa}
	matches=$(scr_styled "$ST_MATCH|$ST_MATCH_CURRENT")
	case $matches in
	*"thị thực"*) ;;
	*) scr_fail "typing thi thuc highlights no thị thực (got: $matches)";;
	esac
	scr_keys Enter
	scr_wait "1/$nvisa “thi thuc”"
	scr_settle
	# Every visible thị thực is a match, exactly one is current.
	all=$(scr_sgr_all "thị thực")
	n_all=$(printf '%s\n' "$all" | grep -c .)
	n_hl=$(printf '%s\n' "$all" | grep -cE "$ST_MATCH|$ST_MATCH_CURRENT")
	[ "$n_all" -ge 2 ] && [ "$n_all" -eq "$n_hl" ] ||
	    scr_fail "$n_hl of $n_all visible \"thị thực\" highlighted"
	cur1=$(scr_styled "$ST_MATCH_CURRENT" | tr '\n' ' ')
	[ "$(printf '%s\n' "$all" | grep -c "$ST_MATCH_CURRENT")" -eq 1 ] ||
	    scr_fail "not exactly one current match: $all"
	first=$(printf '%s\n' "$all" | head -n 1)

	# n moves to the next match, N back.
	scr_keys n
	scr_wait "2/$nvisa “thi thuc”"
	scr_settle
	after=$(scr_sgr_all "thị thực" | head -n 1)
	[ "$after" != "$first" ] ||
	    scr_fail "n did not move the current match ($first)"
	scr_keys N
	scr_wait "1/$nvisa “thi thuc”"
	scr_settle
	[ "$(scr_sgr_all "thị thực" | head -n 1)" = "$first" ] ||
	    scr_fail "N did not come back to the first match"
	[ "$(scr_styled "$ST_MATCH_CURRENT" | tr '\n' ' ')" = "$cur1" ] ||
	    scr_fail "N: the current match is not the first one"

	# Marks typed: those marks.  The same words, marked right, match.
	scr_keys /
	scr_type "thị thực"
	scr_keys Enter
	scr_wait "1/$nvisa “thị thực”"
	# thì thực is not thị thực.
	scr_keys /
	scr_type "thì thực"
	scr_keys Enter
	scr_wait "Not found: “thì thực”"
	scr_settle
	[ -z "$(scr_styled "$ST_MATCH|$ST_MATCH_CURRENT")" ] ||
	    scr_fail "a search with no match left highlights"
	# Capitals typed: those capitals (the article has none).
	scr_keys /
	scr_type "THỊ THỰC"
	scr_keys Enter
	scr_wait "Not found: “THỊ THỰC”"
	# No capitals: any case.
	scr_keys /
	scr_type "THI THUC"
	scr_keys Enter
	scr_wait "Not found: “THI THUC”"
	scr_keys /
	scr_type "Thi Thuc"
	scr_keys Enter
	scr_wait "Not found: “Thi Thuc”"

	# The prompt: Backspace deletes a letter with its marks, Ctrl-U
	# clears, Esc cancels; Enter on the edited text searches it.
	scr_keys /
	scr_type "thị thựcx"
	scr_wait "/thị thựcx"
	scr_keys BSpace
	scr_wait_gone "thị thựcx"
	scr_has "/thị thực"
	scr_keys BSpace
	scr_wait_gone "/thị thực"
	scr_has "/thị thự"
	scr_keys C-u
	scr_wait_gone "/thị th"
	scr_type "xyz"
	scr_wait "/xyz"
	scr_keys Escape
	scr_wait_gone "/xyz"
	scr_keys /
	scr_type "thi thucx"
	scr_keys BSpace Enter
	scr_wait "/$nvisa “thi thuc”"

	# Titles, in the list pane.
	scr_keys h g
	scr_wait_row -1 " 1/5 "
	scr_keys /
	scr_type "mien visa"
	scr_keys Enter
	scr_wait_row -1 " $visa_row/5 "
	scr_keys g
	scr_wait_row -1 " 1/5 "
	scr_keys n
	scr_wait_row -1 " $visa_row/5 "

	# The whole corpus: a results list, Enter opens the article at the
	# match, highlighted.
	scr_keys s
	scr_type "thi thuc"
	scr_keys Enter
	scr_wait "Results ($ncorpus)"
	scr_has "$ncorpus articles with “thi thuc”"
	scr_keys Enter
	scr_wait_pane "Articles"
	scr_settle
	case $(scr_styled "$ST_MATCH|$ST_MATCH_CURRENT|$ST_TARGET") in
	*"thị thực"*) ;;
	*) scr_fail "the corpus result did not open at a highlighted match";;
	esac
	# Back: to the results list, then to where the search was made.
	scr_keys BSpace
	scr_wait "Results “thi thuc”"
	scr_wait_row -1 " 1/$ncorpus "
	scr_keys BSpace
	scr_wait_gone "Results ($ncorpus)"
	scr_wait_row -1 " $visa_row/5 "
	scr_dead && scr_fail "hoso died"
	scr_quit
done
scr_done
