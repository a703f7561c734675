#!/bin/sh
# The reader beside its indexer, as a user sees it.  On a generated
# corpus of a few thousand articles and an empty cache: the first frame
# comes at once (before the index is complete), the status line says
# "indexing" while it runs, j moves the selection meanwhile, the article
# count grows, and at the end the message goes and the count is the
# corpus's.  A second start on that cache: the full count at once and
# never "indexing".  The bundled content on an empty cache: all five
# articles in the first frame, never "indexing".  80x24 and 120x40,
# LANG=C.UTF-8 and LANG=C; every cache is this test's own.
. tests/screen/lib.sh

# Big enough that indexing outlasts the first take-in of rows (a second
# after the first frame) by a couple of seconds; the sanitizer build
# indexes about twice slower.  On the big corpus hoso runs on one CPU
# (where taskset can), so that its indexing takes about as long on any
# machine: 3 s or so.
case ${BUILD:-} in *san*) N=3000 slow=2 ;; *) N=6000 slow=1 ;; esac
REAL_HOSO=$HOSO ONE_CPU=$HOSO
cpu=$(taskset -cp $$ 2>/dev/null | sed 's/.*: *//; s/[-,].*//')
if [ -n "$cpu" ] && taskset -c "$cpu" true 2>/dev/null; then
	ONE_CPU=$SCR_TMP/hoso-one-cpu
	printf '#!/bin/sh\nexec taskset -c %s "%s" "$@"\n' "$cpu" "$HOSO" >"$ONE_CPU"
	chmod +x "$ONE_CPU"
fi
# The first frame of the big corpus is due within this (ms); the
# reader waits at most a few hundred ms for the indexer before drawing.
FIRST_MS=$((1500 * slow))

GEN=$SCR_TMP/gen
BIG=$SCR_TMP/big
if ! cc -std=c11 -O2 -D_GNU_SOURCE -o "$GEN" tests/bench/gen.c -lunistring \
    >"$SCR_TMP/cc.err" 2>&1; then
	cat "$SCR_TMP/cc.err"
	scr_fail "tests/bench/gen.c does not build"
	scr_done
fi
"$GEN" content "$BIG" $N >/dev/null || scr_fail "gen content $N"
total=$(ls "$BIG/articles" | grep -c '\.txt$')
# The corpus is clean: --check says nothing and exits 0.
XDG_CACHE_HOME=$SCR_TMP/nocache "$HOSO" --no-cache -C "$BIG" --check \
    >"$SCR_TMP/check.out" 2>"$SCR_TMP/check.err"
check_rc=$?
[ "$check_rc" -eq 0 ] && [ ! -s "$SCR_TMP/check.err" ] ||
    scr_fail "the generated corpus is not clean: exit $check_rc, $(head -n 3 "$SCR_TMP/check.err")"

# The bundled titles, their first words (as the list pane shows them).
unset HOSO_CONTENT
XDG_CACHE_HOME=$SCR_TMP/nocache "$HOSO" --no-cache --list 2>/dev/null |
    cut -f4 | awk '{ print $1, $2, $3 }' >"$SCR_TMP/titles"
[ "$(wc -l <"$SCR_TMP/titles")" -eq 5 ] || scr_fail "not 5 bundled articles"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# From the capture in $SCR_TMP/screen: the list pane's " N/M " (in its
# title, row 2) and the status line's (the last row), as "N M".
pane_pos() {
	sed -n 2p "$SCR_TMP/screen" | grep -o ' [0-9][0-9]*/[0-9][0-9]* ' |
	    head -n 1 | tr '/' ' '
}
status_pos() {
	tail -n 1 "$SCR_TMP/screen" | sed -n 's|^ \([0-9][0-9]*\)/\([0-9][0-9]*\) .*|\1 \2|p'
}
# The list pane alone (left of the divider), status line excluded.
list_pane() {
	sed '$d' "$SCR_TMP/screen" |
	    LC_ALL=C awk '{ i = index($0, "┃"); print i ? substr($0, 1, i - 1) : $0 }'
}
grab() { scr_capture >"$SCR_TMP/screen"; }
# A whole frame: the pane title and the status line's position drawn.
framed() {
	grep -qF "Articles" "$SCR_TMP/screen" && [ -n "$(status_pos)" ]
}
# wait_frame: polls until the first whole frame; $t_first its time (ms
# from $t0).  1 on timeout.
wait_frame() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		grab
		if framed; then
			t_first=$(($(now_ms) - t0))
			return 0
		fi
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "no first frame in ${SCR_TIMEOUT}s"
	return 1
}
# start_big CACHE: the big corpus on that cache, pinned to one CPU, timed
# from now ($t0) to its first frame; 1 when there is none.
start_big() {
	t0=$(now_ms)
	HOSO=$ONE_CPU
	scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$1" -- -C "$BIG"
	HOSO=$REAL_HOSO
	wait_frame
}
# never_indexing SECONDS WHAT: polls for that long; "indexing" never shows.
never_indexing() {
	k=0
	while [ $k -lt $(($1 * 20)) ]; do
		grab
		if grep -qF "indexing" "$SCR_TMP/screen"; then
			scr_fail "$2: \"indexing\" shown"
			return 1
		fi
		sleep 0.05
		k=$((k + 1))
	done
	return 0
}

for size in "80 24" "120 40"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		cache=$SCR_TMP/cache-$w-$lang
		# --- 1. a first start on the big corpus, empty cache ----
		scr_context "${w}x$h LANG=$lang, $total articles, empty cache"
		start_big "$cache" || continue
		set -- $(pane_pos)
		m_first=${2:-}
		[ "$t_first" -le "$FIRST_MS" ] ||
		    scr_fail "the first frame took $t_first ms (over $FIRST_MS)"
		[ -n "$m_first" ] && [ "$m_first" -lt "$total" ] ||
		    scr_fail "the first frame waited for the whole index ($m_first of $total articles)"
		# A clean corpus (--check exits 0) has no errors while it is
		# indexed either: the milestones' articles not indexed yet
		# are not reported missing.
		grep -qE "errors? in the content" "$SCR_TMP/screen" &&
		    scr_fail "a clean corpus is said to have errors while it is indexed: $(tail -n 1 "$SCR_TMP/screen")"
		# Until it ends: "indexing" shown, the count growing; j
		# pressed once rows are there, while indexing.
		seen_ind=0 counts="" jn="" moved=0 ended=0 last=""
		k=0
		while [ $k -lt $((60 * 10 * slow)) ]; do
			grab
			set -- $(pane_pos) x x
			m=$2
			if grep -qF "indexing" "$SCR_TMP/screen"; then
				seen_ind=1
				case $m in *[!0-9]*) ;; *)
					[ "$m" != "$last" ] && counts="$counts $m" last=$m
				esac
				set -- $(status_pos) x x
				if [ -z "$jn" ] && [ "$1" != x ] && [ "$2" -gt 0 ]; then
					jn=$1 jm=$2
					scr_keys j
				elif [ -n "$jn" ] && [ "$moved" = 0 ] &&
				    [ "$1" = $((jn + 1)) ]; then
					moved=1
				fi
			elif [ "$seen_ind" = 1 ]; then
				ended=1
				break
			fi
			sleep 0.1
			k=$((k + 1))
		done
		echo "${w}x$h LANG=$lang: first frame ${t_first} ms, indexing over at $(($(now_ms) - t0)) ms, list counts while indexing:$counts"
		[ "$seen_ind" = 1 ] || scr_fail "\"indexing\" never shown on the status line"
		[ "$ended" = 1 ] || scr_fail "\"indexing\" did not go"
		[ -n "$jn" ] || scr_fail "no rows shown while indexing (counts:$counts)"
		[ -z "$jn" ] || [ "$moved" = 1 ] ||
		    scr_fail "j while indexing did not move from $jn/$jm"
		# The count grew by steps: some between none and all.
		grew=0
		for c in $counts; do
			[ "$c" -gt 0 ] && [ "$c" -lt "$total" ] && grew=1
		done
		[ "$grew" = 1 ] ||
		    scr_fail "the article count did not grow while indexing (seen:$counts)"
		# The end: the whole corpus.
		scr_wait_row 2 "/$total " || true
		grab
		set -- $(pane_pos) x x
		[ "$2" = "$total" ] || scr_fail "at the end the list holds $2 articles, not $total"
		if [ "$w" -ge 120 ]; then
			sed -n 1p "$SCR_TMP/screen" | grep -qF "$total articles" ||
			    scr_fail "the header does not say $total articles"
		fi
		scr_not "indexing"
		scr_dead && scr_fail "hoso died"
		scr_quit

		# --- 2. a second start on that cache ----
		scr_context "${w}x$h LANG=$lang, $total articles, warm cache"
		start_big "$cache" || continue
		set -- $(pane_pos) x x
		[ "$2" = "$total" ] ||
		    scr_fail "the first frame on a warm cache holds $2 articles, not $total"
		if [ "$w" -ge 120 ]; then
			sed -n 1p "$SCR_TMP/screen" | grep -qF "$total articles" ||
			    scr_fail "the header does not say $total articles at once"
		fi
		scr_not "in the content"
		never_indexing 1 "a warm cache"
		set -- $(pane_pos) x x
		[ "$2" = "$total" ] || scr_fail "the count moved to $2 on a warm cache"
		scr_quit

		# --- 3. the bundled content, empty cache ----
		scr_context "${w}x$h LANG=$lang, bundled content, empty cache"
		t0=$(now_ms)
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$SCR_TMP/bundled-$w-$lang" \
		    HOSO_CONTENT=
		wait_frame || continue
		set -- $(pane_pos) x x
		[ "$2" = 5 ] || scr_fail "the first frame holds $2 articles, not the 5 bundled"
		[ "$(status_pos)" = "1 5" ] ||
		    scr_fail "the first frame's status line is not at 1/5: $(tail -n 1 "$SCR_TMP/screen")"
		while read -r t; do
			list_pane | grep -qF -- "$t" ||
			    scr_fail "the first frame lacks \"$t\" in the list"
		done <"$SCR_TMP/titles"
		never_indexing 1 "the bundled content"
		scr_quit
	done
done
scr_done
