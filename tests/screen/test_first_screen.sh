#!/bin/sh
# Acceptance: the first screen lists all five bundled articles with their
# Vietnamese titles, no underscore anywhere (the segmented ones are joined),
# and the three view tabs (in Vietnamese: LANGUAGE=vi); in both locales.
. tests/screen/lib.sh

titles=$("$HOSO" --list 2>/dev/null | cut -f4)
n=$(printf '%s\n' "$titles" | grep -c .)
[ "$n" -eq 5 ] || scr_fail "hoso --list shows $n articles, not 5"

for lang in C.UTF-8 C; do
	for size in "80 24" "120 40"; do
		set -- $size
		scr_context "$1x$2 LANG=$lang"
		scr_start "$1" "$2" "$lang" LANGUAGE=vi
		scr_wait "1 Bài báo" || continue
		scr_settle
		scr_has "2 Dòng thời gian"
		scr_has "3 Chủ đề"
		# The list is cut to its column: the first three words of each
		# title must be there.
		while IFS= read -r t; do
			[ -n "$t" ] || continue
			words=$(printf '%s\n' "$t" | awk '{ print $1, $2, $3 }')
			scr_has "$words"
		done <<-END
		$titles
		END
		scr_has "Chủ tịch nước đề nghị"
		scr_not "_"
		# Not mangled: no replacement characters, no escapes shown.
		scr_not "�"
		scr_not "^["
	done
done
scr_done
