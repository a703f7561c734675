#!/bin/sh
# The reader's own defects, as a user meets them: a corpus directory
# whose name holds escape sequences or is very long shows in the header
# made safe and cut at a character (no OSC reaches the terminal, no
# broken character); a corpus search that finds nothing, or a query
# that folds to nothing, keeps the results from before and says so;
# the half-page keys scroll the help by half a page, not a whole one.
. tests/screen/lib.sh

esc=$(printf '\033') bel=$(printf '\007')
rlo=$(printf '\342\200\256') csi=$(printf '\302\233')	# U+202E, U+009B

# A copy of the fixture corpus under a hostile name.
corpus_named() {
	corpus="$SCR_TMP/$1"
	rm -rf "$corpus"
	mkdir -p "$corpus" && cp -R tests/fixtures/corpus/. "$corpus/" ||
	    scr_fail "could not make the corpus \"$1\""
}

scr_context "controls in the corpus name"
corpus_named "x${esc}]0;PWNED${bel}y${rlo}z${csi}31m"
scr_start 200 24 C.UTF-8 -- -C "$corpus"
if scr_wait "Articles"; then
	scr_settle
	scr_row 1 | grep -qF 'x^[]0;PWNED^Gy<U+202E>z<U+009B>31m · ' ||
	    scr_fail "the header does not show the name in caret notation"
	title=$(scr_tmux display-message -p -t "$SCR_SESSION" '#{pane_title}')
	case $title in
	*PWNED*) scr_fail "an OSC in the corpus name set the title: $title" ;;
	esac
fi

scr_context "a long UTF-8 corpus name"
# With the "a", a cut by bytes anywhere falls inside a character.
long=$(awk 'BEGIN { printf "a"; for (i = 0; i < 80; i++) printf "ệ" }')
corpus_named "$long"
cut=$(awk 'BEGIN { printf "a"; for (i = 0; i < 46; i++) printf "ệ"; printf "…" }')
scr_start 200 24 C.UTF-8 -- -C "$corpus"
if scr_wait "Articles"; then
	scr_settle
	scr_row 1 >"$SCR_TMP/row"
	grep -qF " $cut · " "$SCR_TMP/row" ||
	    scr_fail "the header does not cut the name at 48 columns"
	scr_row 1 | LC_ALL=C grep -q "$(printf '\357\277\275')" &&
	    scr_fail "the header shows a broken character"
	# Every byte of the row is valid UTF-8.
	scr_row 1 | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
	    scr_fail "the header is not valid UTF-8"
fi

for lang in C.UTF-8 C; do
	scr_context "a failed corpus search, LANG=$lang"
	scr_start 80 24 "$lang"
	scr_wait "Articles" || continue
	scr_keys s
	scr_wait "Search all:"
	scr_type "thi thuc"
	scr_keys Enter
	scr_wait "articles with “thi thuc”" || continue
	scr_settle
	tab=$(scr_row 1 | grep -o 'Results ([0-9]*)')
	first=$(scr_row 3)
	[ -n "$tab" ] || scr_fail "no results tab"
	# A query that finds nothing, and one that folds to nothing.
	for q in "zzqxj" ""; do
		scr_keys s
		scr_wait "Search all:"
		scr_keys C-u
		[ -n "$q" ] && scr_type "$q"
		scr_keys Enter
		if [ -z "$q" ]; then
			scr_wait "Type something to search for"
		else
			scr_wait "Not found: “$q”"
		fi
		scr_settle
		scr_row 1 | grep -qF "$tab" ||
		    scr_fail "after \"$q\" the tab is not \"$tab\" any more"
		[ "$(scr_row 3)" = "$first" ] ||
		    scr_fail "after \"$q\" the first result is gone"
		scr_not "No match"
	done
	# Backspace still returns to where the first search was made.
	scr_keys BSpace
	scr_wait_pane "Articles"
done

scr_context "half a page in the help"
scr_start 80 24 C.UTF-8
if scr_wait "Articles"; then
	# The box is 22 rows, 20 of text: half a page is 10 lines.
	scr_keys "?"
	scr_wait "┌─ Help ─"
	scr_settle
	i=0
	while [ $i -lt 10 ]; do
		scr_keys j
		i=$((i + 1))
	done
	scr_settle
	by_lines=$(scr_capture)
	scr_keys g d
	scr_settle
	[ "$(scr_capture)" = "$by_lines" ] ||
	    scr_fail "d in the help does not scroll 10 lines"
	scr_keys u
	scr_settle
	scr_keys G u u
	scr_settle
	by_half=$(scr_capture)
	scr_keys G
	i=0
	while [ $i -lt 20 ]; do
		scr_keys k
		i=$((i + 1))
	done
	scr_settle
	[ "$(scr_capture)" = "$by_half" ] ||
	    scr_fail "u in the help does not scroll 10 lines"
fi

scr_done
