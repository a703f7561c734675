#!/bin/sh
# A long article (issue 8): it opens at once on its first part, with a
# note that the rest is being read, the keys working meanwhile; then the
# whole of it takes the preview's place at the same reading position.
. tests/screen/lib.sh

cc -std=c11 -O2 -D_GNU_SOURCE -o "$SCR_TMP/gen" tests/bench/gen.c \
    -lunistring || { scr_fail "tests/bench/gen.c does not build"; scr_done; }
# 24 MB: a second or two to read whole, long enough to see the preview.
"$SCR_TMP/gen" content "$SCR_TMP/c" --one 24000000 >/dev/null ||
    { scr_fail "gen --one"; scr_done; }
export XDG_CACHE_HOME="$SCR_TMP/cache"
"$HOSO" -C "$SCR_TMP/c" --check >/dev/null 2>&1
row=$("$HOSO" -C "$SCR_TMP/c" --list 2>/dev/null |
    awk -F '\t' '$1 == "g0000000" { print NR }')
[ -n "$row" ] || { scr_fail "the long article is not listed"; scr_done; }
note="Reading the rest"

for size in "100 30" "80 24" "40 12"; do
	for lang in C.UTF-8 C; do
		set -- $size
		scr_context "${1}x$2 LANG=$lang"
		# The tmux server's environment is not this shell's.
		scr_start "$1" "$2" "$lang" "XDG_CACHE_HOME=$XDG_CACHE_HOME" \
		    -- -C "$SCR_TMP/c" || continue
		scr_wait "Articles" || continue
		scr_settle
		# The oldest article, the last row.
		[ "$row" -eq "$("$HOSO" -C "$SCR_TMP/c" --list 2>/dev/null |
		    wc -l)" ] || scr_fail "the long article is not the last row"
		scr_keys G
		scr_wait_row -1 " $row/$row " || continue
		if [ "$1" -ge 80 ]; then
			# Beside the list: at once its first part, saying the
			# rest is being read; keys are answered on it.
			scr_wait "$note" || continue
			scr_has "reading…"
			scr_keys l Space Space
			scr_settle
			scr_not "$note"
		else
			# One pane at a time: the reader pane is shown by l,
			# the article perhaps read whole by then.
			scr_keys l Space Space
			scr_settle
		fi
		before=$(scr_row 3)
		# The whole of it takes the preview's place where the reader
		# was: the line at the top is the same, and the percentage the
		# whole article's.
		SCR_TIMEOUT=30 scr_wait_gone "reading…"
		scr_settle
		[ "$(scr_row 3)" = "$before" ] ||
		    scr_fail "the reading position moved: '$before' -> '$(scr_row 3)'"
		scr_keys g
		scr_settle
		scr_not "$note"
		scr_dead && scr_fail "hoso died"
		scr_quit
	done
done
scr_done
