#!/bin/sh
# Vietnamese typed raw (issue 9): a query in Telex, VNI or VIQR shows the
# reading it is searched as, in the prompt, as it is typed, and finds what
# the reading spells; tone placements are one word in the reader's find;
# a plain query shows no reading.
. tests/screen/lib.sh

# Results are articles: one row each.
n_thi=$("$HOSO" --search 'thị thực' 2>/dev/null | cut -f 1 | sort -u | wc -l)

for lang in C.UTF-8 C; do
	for size in "80 24" "120 40" "40 12"; do
		set -- $size
		scr_context "$1x$2 LANG=$lang"
		scr_start "$1" "$2" "$lang" LANGUAGE=vi
		scr_wait "hoso" || continue

		# The corpus prompt shows the reading before Enter (at 40
		# columns its long label leaves no room for it).
		scr_keys s
		scr_type "thij thuwcj"
		[ "$1" -ge 80 ] && scr_wait "→ thị thực"
		scr_keys Enter
		[ "$1" -ge 80 ] && scr_wait "($n_thi)"
		scr_keys Escape

		# The reader's find, typed in Telex with the old placement's
		# letters: hoaf binhf reads hoà bình and finds hòa bình too.
		scr_keys 1 l /
		scr_type "hoaf binhf"
		scr_wait "→ hoà bình"
		scr_keys Enter
		scr_wait "hoaf binhf"

		# A plain word is searched as typed: no reading.
		scr_keys /
		scr_type "visa"
		scr_wait "/visa"
		scr_settle
		scr_not "→"
		scr_keys Escape
	done
done
scr_done
