#!/bin/sh
# Bookmarks in the reader (issue 11, part 2), at 80x24 and 40x12, under
# LANG=C.UTF-8 and C: m keeps the article from the list and a search
# hit's sentence from the detail pane, each after a note's prompt (Esc
# keeps nothing); 4 lists them newest first with their notes, the detail
# pane the selected one's page; Enter opens the article at the passage
# and Backspace comes back; they survive a
# restart; D asks, then deletes.  On a copy of the fixture corpus, the
# bookmarked paragraph moved in its file shows "moved", the file removed
# "missing".
. tests/screen/lib.sh

DIR=$(mktemp -d "${TMPDIR:-/tmp}/hoso-bm.XXXXXX")
trap 'rm -rf "$DIR"; scr_cleanup' EXIT

# The line number of the first screen line holding a string, or 0.
line_of() {
	scr_capture | grep -nF -- "$1" | head -n 1 | cut -d: -f1 | grep . || echo 0
}

n=0
for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		n=$((n + 1))
		SCR_STATE=$DIR/state$n
		mkdir -p "$SCR_STATE"
		scr_start "$w" "$h" "$lang" || continue
		scr_wait "1/5" || { scr_quit; continue; }

		# Esc at the note's prompt keeps nothing.
		scr_keys m
		scr_wait "Note"
		scr_keys Escape
		scr_wait "No bookmark kept"

		# From the list: the article, with a note.
		scr_keys m
		scr_wait "Note"
		scr_type "first one"
		scr_keys Enter
		scr_wait "Bookmarked"

		# From a search hit in the reader: its sentence.
		scr_keys l /
		scr_type "theo do"
		scr_keys Enter
		scr_wait "“theo do”"
		scr_keys m
		scr_wait "Note"
		scr_type "a hit"
		scr_keys Enter
		scr_wait "Bookmarked"

		# The same passage again is the same bookmark, its note replaced.
		scr_keys m
		scr_wait "Note"
		scr_type "the hit"
		scr_keys Enter
		scr_wait "Already bookmarked"

		# Newest first.
		scr_keys h 4
		scr_wait "the hit"
		scr_wait "first one"
		a=$(line_of "the hit") b=$(line_of "first one")
		[ "$a" -gt 0 ] && [ "$a" -lt "$b" ] ||
		    scr_fail "not newest first (the hit: line $a, first: $b)"
		# The detail pane is the bookmark's page: the quote (the hit's
		# sentence), the note, the article.
		if [ "$w" -ge 80 ]; then
			scr_has "Bookmark · "
			scr_has "Theo đó, hai bên nhất trí"
			scr_has "Article"
		fi

		# Enter opens the article at the hit's sentence; back returns.
		scr_keys Enter
		scr_wait "Theo đó"
		scr_not "first one"
		scr_keys BSpace
		scr_wait "first one"
		scr_quit

		# They survive a restart (which comes back to the view left).
		scr_start "$w" "$h" "$lang" || continue
		scr_wait "1/2" || { scr_quit; continue; }
		scr_keys 1 4
		scr_wait "the hit"
		scr_has "first one"
		# D asks first, then deletes the selected (newest) one.
		scr_keys D
		scr_wait "Delete this bookmark?"
		scr_has "the hit"
		scr_keys D
		scr_wait "Bookmark deleted"
		scr_wait_gone "the hit"
		scr_has "first one"
		scr_quit
		scr_start "$w" "$h" "$lang" || continue
		scr_wait "1/1" || { scr_quit; continue; }
		scr_wait "first one"
		scr_not "the hit"
		scr_quit
	done
done

# Moved and missing, on a copy of the fixture corpus.
scr_context "moved/missing"
cp -R tests/fixtures/corpus "$DIR/corpus"
SCR_STATE=$DIR/state-fix
mkdir -p "$SCR_STATE"
scr_start 80 24 C.UTF-8 -- -C "$DIR/corpus"
scr_wait "1/4"
# The third row is alpha (newest first, then by id).
scr_keys j j
scr_wait "Nhật Bản sẽ cấp thị thực"
scr_keys m
scr_wait "Note"
scr_type "alpha note"
scr_keys Enter
scr_wait "Bookmarked"
scr_keys 4
scr_wait "alpha note"
scr_not "moved"
scr_quit
# The first paragraph goes to the end of the file.
f=$DIR/corpus/articles/alpha.txt
awk 'BEGIN { h = 0 } h < 2 { print; if ($0 == "---") h++; next }
    !moved && $0 != "" { first = $0; moved = 1; getline; next }
    { print } END { print ""; print first }' "$f" >"$DIR/alpha.new"
mv "$DIR/alpha.new" "$f"
grep -q "Nhật Bản sẽ cấp" "$f" || scr_fail "the edit lost the paragraph"
scr_start 80 24 C.UTF-8 -- -C "$DIR/corpus"
scr_wait "1/1"
scr_wait "moved"
scr_has "The passage moved in the article"
scr_keys Enter
scr_wait "Nhật Bản sẽ cấp thị thực"
scr_quit
rm "$f"
scr_start 80 24 C.UTF-8 -- -C "$DIR/corpus"
scr_keys 4
scr_wait "missing"
scr_has "The article alpha is no longer in the corpus."
scr_keys Enter
scr_wait "That item is gone"
scr_quit

scr_done
