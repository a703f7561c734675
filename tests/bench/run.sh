#!/bin/sh
# make bench: hoso at archive scale, beside cat, grep and less (issue 8).
#
#   sh tests/bench/run.sh            (make bench builds ./hoso first)
#
# Environment:
#   BENCH_MAX=100000     largest corpus (1000000 adds the million)
#   BENCH_DIR=DIR        where the corpora go; reused when present (a stamp
#                        per corpus names the generator's source and args);
#                        default a temp dir under /tmp, removed at the end
#                        unless BENCH_KEEP=1 (a BENCH_DIR you give is kept)
#   BENCH_RUNS=5         runs per headless measure (the median is shown)
#   BENCH_RUNS_LARGE=3   the same at 100,000 articles and more
#   BENCH_RESULTS=FILE   the Markdown written (tests/bench/RESULTS.md)
#   HOSO=./hoso          the binary measured
#
# Progress goes to stderr, the tables to stdout and to BENCH_RESULTS.
# Tools (gen, drive, timeit) are built into $HOSO_BUILD/bench.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH_MAX=${BENCH_MAX:-100000}
BENCH_KEEP=${BENCH_KEEP:-0}
BENCH_RUNS=${BENCH_RUNS:-5}
BENCH_RUNS_LARGE=${BENCH_RUNS_LARGE:-3}
RESULTS=${BENCH_RESULTS:-tests/bench/RESULTS.md}
HOSO=${HOSO:-$ROOT/hoso}
case $HOSO in /*) ;; *) HOSO=$ROOT/${HOSO#./} ;; esac
TOOLS=$ROOT/${HOSO_BUILD:-build/std}/bench
BEGAN=$(date +%s)

say() { printf '%s [%4ss] %s\n' "bench:" "$(( $(date +%s) - BEGAN ))" "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

[ -x "$HOSO" ] || die "$HOSO is missing (make hoso)"

if [ -n "${BENCH_DIR:-}" ]; then
	mkdir -p "$BENCH_DIR" || die "cannot create $BENCH_DIR"
	OWN_DIR=0
else
	BENCH_DIR=$(mktemp -d /tmp/hoso-bench.XXXXXX) || die "no temp dir"
	OWN_DIR=1
fi
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
W=$(mktemp -d /tmp/hoso-bench-work.XXXXXX) || die "no temp dir"
cleanup() {
	rm -rf "$W"
	if [ "$OWN_DIR" = 1 ] && [ "$BENCH_KEEP" != 1 ]; then
		rm -rf "$BENCH_DIR"
	elif [ "$OWN_DIR" = 1 ]; then
		echo "bench: corpora kept in $BENCH_DIR" >&2
	fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# --- tools -------------------------------------------------------------
mkdir -p "$TOOLS"
CFL="-std=c11 -O2 -D_GNU_SOURCE -Wall -Wextra"
cc $CFL -o "$TOOLS/gen" tests/bench/gen.c -lunistring &&
cc $CFL -o "$TOOLS/drive" tests/bench/drive.c -lutil &&
cc $CFL -o "$TOOLS/timeit" tests/bench/timeit.c ||
    die "cannot build the tools"
GEN=$TOOLS/gen DRIVE=$TOOLS/drive TIMEIT=$TOOLS/timeit

# The sizes, smallest first.
SIZES=""
for n in 1000 10000 100000 1000000; do
	[ "$n" -le "$BENCH_MAX" ] && SIZES="$SIZES $n"
done
[ -n "$SIZES" ] || die "BENCH_MAX=$BENCH_MAX is below the smallest size, 1000"
BIG=50000000 MID=15000000
GENSUM=$(cksum < tests/bench/gen.c | cut -d' ' -f1)

# gencorpus NAME ARGS...: $BENCH_DIR/NAME from the generator, reused when
# its stamp (the generator's checksum and the arguments) matches.
gencorpus() {
	name=$1; shift
	stamp="$GENSUM $*"
	if [ -f "$BENCH_DIR/$name.stamp" ] && [ -d "$BENCH_DIR/$name" ] &&
	    [ "$(cat "$BENCH_DIR/$name.stamp")" = "$stamp" ]; then
		say "corpus $name: reused"
		return 0
	fi
	say "corpus $name: generating ($*)"
	rm -rf "$BENCH_DIR/$name" "$BENCH_DIR/$name.stamp"
	"$GEN" content "$BENCH_DIR/$name" "$@" || die "gen $name failed"
	echo "$stamp" > "$BENCH_DIR/$name.stamp"
}

corpus_bytes() { find "$1/articles" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

# An empty cache, state and config per corpus: hoso sees no user files.
xdg() {
	mkdir -p "$W/xdg-$1/cache" "$W/xdg-$1/state" "$W/xdg-$1/config"
}
with_xdg() {
	x=$1; shift
	XDG_CACHE_HOME=$W/xdg-$x/cache XDG_STATE_HOME=$W/xdg-$x/state \
	XDG_CONFIG_HOME=$W/xdg-$x/config HOSO_CONTENT= "$@"
}

# --- the record ---------------------------------------------------------
MD=$W/results.md
: > "$MD"
md() { printf '%s\n' "$*" >> "$MD"; }
out() { printf '%s\n' "$*"; md "$*"; }

# Formatting and verdicts, in awk: numbers in, text out.
ms() { awk -v v="$1" 'BEGIN { if (v == "" || v < 0) print "?"; else if (v >= 1000) printf "%.2f s\n", v / 1000; else if (v >= 10) printf "%.0f ms\n", v; else printf "%.1f ms\n", v }'; }
sec() { awk -v v="$1" 'BEGIN { if (v == "") print "?"; else if (v >= 1) printf "%.2f s\n", v; else printf "%.1f ms\n", v * 1000 }'; }
mb() { awk -v v="$1" 'BEGIN { printf "%.1f MB\n", v / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0 || a == "") print "?"; else if (a / b >= 10) printf "%.0f×\n", a / b; else printf "%.2f×\n", a / b }'; }
# verdict VALUE LIMIT: met, or missed with the factor (same units)
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "" || t == "" || v < 0) print "not measured"; else if (v + 0 <= t + 0) print "met"; else if (t <= 0) print "missed"; else printf "missed: %.1f× the target\n", v / t }'; }
# verdict_min VALUE FLOOR: met when at least the floor
verdict_min() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "" || v < 0) print "not measured"; else if (v + 0 >= t + 0) print "met"; else if (v <= 0) print "missed"; else printf "missed: %.1f× below the target\n", t / v }'; }

# field FILE KIND LABEL COLUMN: from a drive TSV (columns: kind label
# wall_ms bytes cpu_ms cpu_tick_ms hwm_kb note)
field() { awk -F '\t' -v k="$2" -v l="$3" -v c="$4" '$1 == k && $2 == l { v = $c } END { print v }' "$1"; }
# the median of one column over the lines whose label matches a pattern
median_of() { awk -F '\t' -v p="$2" -v c="$3" '$1 == "key" && $2 ~ p { v[n++] = $c } END { if (n == 0) { print ""; exit } for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t } print (n % 2) ? v[int(n / 2)] : (v[n / 2 - 1] + v[n / 2]) / 2 }' "$1"; }
max_of() { awk -F '\t' -v p="$2" -v c="$3" '$1 == "key" && $2 ~ p { if (n++ == 0 || $c > m) m = $c } END { print m }' "$1"; }
sum_of() { awk -F '\t' -v p="$2" -v c="$3" '$1 == "key" && $2 ~ p { s += $c } END { print s + 0 }' "$1"; }
# col LINE N: a column of a timeit line
col() { printf '%s\n' "$1" | cut -f"$2"; }

# A logged command: shown in the reproduction section.
CMDS=$W/cmds
: > "$CMDS"
logcmd() { printf '%s\n' "$*" >> "$CMDS"; }

# timed NAME RUNS CMD...: median line of timeit into $W/NAME.t
timed() {
	name=$1 runs=$2; shift 2
	"$TIMEIT" -n "$runs" -T 900 -- "$@" > "$W/$name.t" ||
	    say "warning: $name: timeit exited $?"
	cat "$W/$name.t"
}

# quote_args ARG...: the arguments as one line of shell, single-quoted
quote_args() {
	for a in "$@"; do
		printf "'%s' " "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")"
	done
}

# The key script of the reader, in the order it is sent.  Labels: the
# first word is the key; typed characters of a query are s:CHAR / /CHAR.
type_keys() {
	# type_keys PREFIX TEXT: one -k per character (UTF-8 kept whole)
	printf '%s' "$2" | LC_ALL=C awk -v p="$1" 'BEGIN { RS = "\001" } {
		n = split($0, c, "")
		for (i = 1; i <= n; i++) {
			ch = c[i]
			# gather the continuation bytes of a UTF-8 character
			while (i < n && c[i + 1] ~ /^[\200-\277]$/) ch = ch c[++i]
			printf "-k\n%s%s=%s\n", p, (ch == " " ? "SP" : ch), ch
		}
	}'
}

# --- machine ------------------------------------------------------------
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
SUBJECT=$(git log -1 --format=%s 2>/dev/null | cut -c1-60)
git diff --quiet HEAD -- src include 2>/dev/null || COMMIT="$COMMIT (src modified)"
say "hoso $COMMIT; sizes:$SIZES; load $LOAD0; corpora in $BENCH_DIR"

# --- per size -----------------------------------------------------------
SUMMARY=$W/summary
: > "$SUMMARY"
FF1K=""

for n in $SIZES; do
	name=n$n
	gencorpus "$name" "$n"
	dir=$BENCH_DIR/$name
	arts=$dir/articles
	bytes=$(corpus_bytes "$dir")
	nart=$(find "$arts" -type f -name '*.txt' | wc -l)
	runs=$BENCH_RUNS
	[ "$n" -ge 100000 ] && runs=$BENCH_RUNS_LARGE
	tmo=$((60 + n / 500))
	xdg "$name"
	load=$(cut -d' ' -f1-3 /proc/loadavg)

	say "$name: cat, grep ($runs runs each)"
	CAT=$(timed "$name-cat" "$runs" sh -c 'find "$1" -type f -exec cat {} +' sh "$arts")
	GREP1=$(timed "$name-grep1" "$runs" grep -r -c -F 'thi thuc' "$arts")
	GREP2=$(timed "$name-grep2" "$runs" grep -r -c -F 'hợp tác' "$arts")

	say "$name: first frame, cold cache (timeout ${tmo}s)"
	with_xdg "$name" "$DRIVE" -T "$tmo" -m 'Bài báo' -k 'j=j' -x q -- \
	    "$HOSO" --no-state -C "$dir" > "$W/$name-cold.tsv" ||
	    say "warning: $name cold run: drive exited $?"

	say "$name: first frame and keys, warm cache"
	# one word per line of type_keys: a typed space stays a space
	oldifs=$IFS IFS='
'
	set -- -k 'j=j' -k 'Space= ' -k '2=2' -k '1=1' -k 'l=l' \
	    -k 'Tab=\t' -k 'Enter:link=\r' -k 'Backspace=\x7f' \
	    -k '/=/' -k '/t=t' -k '/h=h' -k '/i=i' -k 'Esc=\e' \
	    -k 's=s' $(type_keys 's:' 'thi thuc') -k 'Enter:search1=\r' \
	    -k 's2=s' -k 'Ctrl-U=\x15' $(type_keys 's2:' 'hợp tác') \
	    -k 'Enter:search2=\r'
	IFS=$oldifs
	with_xdg "$name" "$DRIVE" -T "$tmo" -m 'Bài báo' -o "$W/$name-warm.raw" \
	    "$@" -x q -- "$HOSO" --no-state -C "$dir" > "$W/$name-warm.tsv" ||
	    say "warning: $name warm run: drive exited $?"
	[ "$n" = "$(echo "$SIZES" | awk '{ print $1 }')" ] &&
	    logcmd "XDG_CACHE_HOME=\$X/cache XDG_STATE_HOME=\$X/state XDG_CONFIG_HOME=\$X/config $TOOLS/drive -T $tmo -m 'Bài báo' $(quote_args "$@") -x q -- ./hoso --no-state -C \$BENCH_DIR/$name"

	say "$name: headless --check, --list, --search ($runs runs each)"
	CHECK=$(timed "$name-check" "$runs" env XDG_CACHE_HOME="$W/xdg-$name/cache" XDG_STATE_HOME="$W/xdg-$name/state" XDG_CONFIG_HOME="$W/xdg-$name/config" "$HOSO" --no-state -C "$dir" --check)
	LIST=$(timed "$name-list" "$runs" env XDG_CACHE_HOME="$W/xdg-$name/cache" XDG_STATE_HOME="$W/xdg-$name/state" XDG_CONFIG_HOME="$W/xdg-$name/config" "$HOSO" --no-state -C "$dir" --list)
	SEARCH1=$(timed "$name-search1" "$runs" env XDG_CACHE_HOME="$W/xdg-$name/cache" XDG_STATE_HOME="$W/xdg-$name/state" XDG_CONFIG_HOME="$W/xdg-$name/config" "$HOSO" --no-state -C "$dir" --search 'thi thuc')
	SEARCH2=$(timed "$name-search2" "$runs" env XDG_CACHE_HOME="$W/xdg-$name/cache" XDG_STATE_HOME="$W/xdg-$name/state" XDG_CONFIG_HOME="$W/xdg-$name/config" "$HOSO" --no-state -C "$dir" --search 'hợp tác')

	# --- the table of this size ---
	C=$W/$name-cold.tsv K=$W/$name-warm.tsv
	cat_s=$(col "$CAT" 1) grep1_s=$(col "$GREP1" 1) grep2_s=$(col "$GREP2" 1)
	cold_ms=$(field "$C" frame first 3) cold_cpu=$(field "$C" frame first 5)
	warm_ms=$(field "$K" frame first 3) warm_cpu=$(field "$K" frame first 5)
	hwm_kb=$(field "$K" peak rss 7)
	[ -z "$FF1K" ] && FF1K=$warm_ms FF1K_N=$n
	cat_ms=$(awk -v v="$cat_s" 'BEGIN { print v * 1000 }')
	rss_b=$(awk -v v="$hwm_kb" 'BEGIN { print v * 1024 }')
	mbps=$(awk -v b="$bytes" -v t="$cold_ms" 'BEGIN { if (t > 0) printf "%.1f\n", b / 1e6 / (t / 1000) }')

	out ""
	out "### $n articles ($nart files, $(mb "$bytes"))"
	out ""
	out "Load average when this size began: $load."
	out ""
	out "| measure | today | target | verdict |"
	out "|---|---|---|---|"
	out "| \`cat\` of the corpus files (median of $runs) | $(sec "$cat_s") | — | baseline |"
	out "| \`grep -r -c -F 'thi thuc'\` (median of $runs) | $(sec "$grep1_s") | — | baseline |"
	out "| \`grep -r -c -F 'hợp tác'\` (median of $runs) | $(sec "$grep2_s") | — | baseline |"
	if [ "$n" -ge 100000 ]; then
		t="≤ 300 ms"; v=$(verdict "$cold_ms" 300)
	else
		t="(300 ms at 100,000)"; v=$(verdict "$cold_ms" 300)
	fi
	out "| first frame, cold cache (wall; CPU) | $(ms "$cold_ms"); $(ms "$cold_cpu") CPU | $t | $v |"
	out "| first frame, warm cache (wall; CPU) | $(ms "$warm_ms"); $(ms "$warm_cpu") CPU; $(ratio "$warm_ms" "$cat_ms") cat | ≤ 0.1× cat$( [ "$n" -lt 100000 ] && echo ' (at 100,000)') | $(verdict "$warm_ms" "$(awk -v c="$cat_ms" 'BEGIN { print 0.1 * c }')") |"
	if [ "$n" != "$FF1K_N" ]; then
		out "| warm first frame vs $FF1K_N articles | $(ratio "$warm_ms" "$FF1K") | ≤ 2×$( [ "$n" -lt 100000 ] && echo ' (at 100,000)') | $(verdict "$warm_ms" "$(awk -v c="$FF1K" 'BEGIN { print 2 * c }')") |"
	fi
	[ "$n" -ge 1000000 ] &&
	    out "| warm first frame at 1,000,000 | $(ms "$warm_ms") | ≤ 250 ms | $(verdict "$warm_ms" 250) |"
	out "| indexing rate (today: corpus / cold first frame) | ${mbps:-?} MB/s | ≥ 50 MB/s | $(verdict_min "$mbps" 50) |"
	out "| peak RSS (VmHWM, warm run) | $(mb "$rss_b"); $(ratio "$rss_b" "$bytes") corpus | ≤ 0.3× corpus$( [ "$n" -lt 100000 ] && echo ' (at 100,000)') | $(verdict "$rss_b" "$(awk -v c="$bytes" 'BEGIN { print 0.3 * c }')") |"
	# keys: wall · bytes · CPU, against 5 ms CPU (50 ms for a topic's first visit)
	for spec in "j|j (list: next article)|first" "Space|Space (list: page)|first" \
	    "2|2 (Timeline view)|" "1|1 (Articles view)|" "l|l (focus the reader)|" \
	    "Tab|Tab (select a link)|" "Enter:link|Enter on a link (first visit of a topic)|topic" \
	    "Backspace|Backspace (back)|first" "/|/ (find prompt)|" "/t|/t (incremental find)|" \
	    "/h|/th|" "/i|/thi|" "Esc|Esc (close the prompt)|" "s|s (corpus search prompt)|" \
	    "Enter:search1|Enter: corpus search \`thi thuc\`, first page|search1" \
	    "Enter:search2|Enter: corpus search \`hợp tác\`, first page|search2"; do
		lab=${spec%%|*} rest=${spec#*|}
		desc=${rest%%|*} kind=${rest#*|}
		kw=$(field "$K" key "$lab" 3) kb=$(field "$K" key "$lab" 4)
		kc=$(field "$K" key "$lab" 5)
		val="$(ms "$kw") wall · $kb B · $(ms "$kc") CPU"
		case $kind in
		topic)
			out "| $desc | $val | ≤ 50 ms$( [ "$n" -lt 100000 ] && echo ' (at 100,000)') | $(verdict "$kw" 50) |" ;;
		search1|search2)
			g=$grep1_s; [ "$kind" = search2 ] && g=$grep2_s
			lim=$(awk -v g="$g" 'BEGIN { print 200 * g }')
			out "| $desc | $val; $(ratio "$kw" "$(awk -v g="$g" 'BEGIN { print g * 1000 }')") grep | ≤ 0.2× grep = $(ms "$lim") | $(verdict "$kw" "$lim") |" ;;
		first)
			v=$(verdict "$kc" 5)
			[ "$v" = met ] || v="$v (paints a new article: exempt on its first paint)"
			out "| $desc | $val | ≤ 5 ms CPU | $v |" ;;
		*)
			out "| $desc | $val | ≤ 5 ms CPU | $(verdict "$kc" 5) |" ;;
		esac
	done
	tmax=$(max_of "$K" '^s2?:' 5) tsum=$(sum_of "$K" '^s2?:' 5)
	out "| typing the two queries in the \`s\` prompt (15 characters) | max $(ms "$tmax") CPU per key | ≤ 5 ms CPU | $(verdict "$tmax" 5) |"
	out "| \`--check\` (median of $runs) | $(sec "$(col "$CHECK" 1)"); $(ratio "$(col "$CHECK" 1)" "$cat_s") cat; exit $(col "$CHECK" 6) | — | |"
	out "| \`--list\` (median of $runs) | $(sec "$(col "$LIST" 1)"); $(ratio "$(col "$LIST" 1)" "$cat_s") cat | — | |"
	for q in 1 2; do
		eval "s=\$SEARCH$q g=\$grep${q}_s"
		lit='thi thuc'; [ "$q" = 2 ] && lit='hợp tác'
		sv=$(col "$s" 1)
		out "| \`--search '$lit'\` (median of $runs; every match) | $(sec "$sv"); $(ratio "$sv" "$g") grep; peak $(awk -v k="$(col "$s" 5)" 'BEGIN { printf "%.0f MB", k / 1024 }') | ≤ 0.2× grep = $(sec "$(awk -v g="$g" 'BEGIN { print 0.2 * g }')") | $(verdict "$sv" "$(awk -v g="$g" 'BEGIN { print 0.2 * g }')") |"
	done
	# The script did what it says: the raw output holds both result
	# lists (ncurses redraws only what changed: the query and its closing
	# quote) and the topic that the link opened.
	seen=""
	for what in 'thi thuc”' 'hợp tác”' 'Chủ đề · nhắc'; do
		if grep -aqF "$what" "$W/$name-warm.raw"; then
			seen="$seen, \`$what\` seen"
		else
			seen="$seen, **\`$what\` NOT seen: the key script went wrong**"
			say "warning: $name: “$what” not in the output"
		fi
	done
	out ""
	out "Checked in the terminal output of the warm run${seen#,}."
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$bytes" "$warm_ms" \
	    "$rss_b" "$(field "$K" key Enter:search1 3)" "$grep1_s" \
	    "$(col "$SEARCH1" 1)" "$cat_s" "$cold_ms" "$warm_cpu" >> "$SUMMARY"
	say "$name: done"
	# The biggest corpora take room; keep them only when asked.
done

# --- one big article ------------------------------------------------------
gencorpus one50mb --one "$BIG"
gencorpus one15mb --one "$MID"
xdg one50mb; xdg one15mb
BIGF=$BENCH_DIR/one50mb/articles/g0000000.txt

say "50 MB article: less"
LESS= LESSOPEN= LESSCLOSE= LESSHISTFILE=- "$DRIVE" -T 60 -m 'id: g0000000' \
    -k j1=j -k j2=j -k j3=j -k Space=' ' -x q -- less "$BIGF" > "$W/less.tsv" ||
    say "warning: less run: drive exited $?"
logcmd "LESS= LESSOPEN= LESSCLOSE= LESSHISTFILE=- $TOOLS/drive -T 60 -m 'id: g0000000' -k j1=j -k j2=j -k j3=j -k Space=' ' -x q -- less \$BENCH_DIR/one50mb/articles/g0000000.txt"
say "50 MB article: hoso"
with_xdg one50mb "$DRIVE" -T 120 -m 'Bài báo' -k l=l -k j1=j -k j2=j -k j3=j \
    -x q -- "$HOSO" --no-state -C "$BENCH_DIR/one50mb" > "$W/hoso50.tsv" ||
    say "warning: hoso 50 MB run: drive exited $?"
logcmd "XDG_CACHE_HOME=\$X/cache XDG_STATE_HOME=\$X/state XDG_CONFIG_HOME=\$X/config $TOOLS/drive -T 120 -m 'Bài báo' -k l=l -k j1=j -k j2=j -k j3=j -x q -- ./hoso --no-state -C \$BENCH_DIR/one50mb"
shown50=$(with_xdg one50mb "$HOSO" --no-state -C "$BENCH_DIR/one50mb" --list 2>/dev/null | grep -c '^g0000000	')
err50=$(with_xdg one50mb "$HOSO" --no-state -C "$BENCH_DIR/one50mb" --check 2>&1 >/dev/null | grep g0000000 | sed 's|.*/||' | head -n 1)
last15=$(with_xdg one15mb "$HOSO" --no-state -C "$BENCH_DIR/one15mb" --list 2>/dev/null | tail -n 1 | cut -f1)
say "15 MB article: hoso (under today's 16 MiB cap)"
with_xdg one15mb "$DRIVE" -T 120 -m 'Bài báo' -k G=G -k l=l -k j1=j -k j2=j \
    -k j3=j -k /=/ -k /t=t -k /h=h -k /i=i -k Esc='\e' -x q -- \
    "$HOSO" --no-state -C "$BENCH_DIR/one15mb" > "$W/hoso15.tsv" ||
    say "warning: hoso 15 MB run: drive exited $?"
logcmd "XDG_CACHE_HOME=\$X/cache XDG_STATE_HOME=\$X/state XDG_CONFIG_HOME=\$X/config $TOOLS/drive -T 120 -m 'Bài báo' -k G=G -k l=l -k j1=j -k j2=j -k j3=j -k /=/ -k /t=t -k /h=h -k /i=i -k Esc='\\e' -x q -- ./hoso --no-state -C \$BENCH_DIR/one15mb"

L=$W/less.tsv H=$W/hoso50.tsv M=$W/hoso15.tsv
less_ff=$(field "$L" frame first 3) hoso_ff=$(field "$H" frame first 3)
less_j=$(median_of "$L" '^j' 4) hoso_j=$(median_of "$H" '^j' 4)
m_ff=$(field "$M" frame first 3) m_j=$(median_of "$M" '^j' 4)
m_max=$(max_of "$M" '.' 5)
note50="the article is shown"
[ "$shown50" = 1 ] || note50="the article is refused (${err50:-not listed}); the frame shows the 5 bundled articles"
out ""
out "### One 50 MB article ($(mb "$(corpus_bytes "$BENCH_DIR/one50mb")") with the 5 bundled ones)"
out ""
out "| measure | today | target | verdict |"
out "|---|---|---|---|"
out "| \`less\`: first frame | $(ms "$less_ff") ($(ms "$(field "$L" frame first 5)") CPU) | — | baseline |"
out "| \`less\`: bytes per one-line scroll \`j\` (median of 3) | $less_j B | — | baseline |"
out "| hoso: first frame | $(ms "$hoso_ff"); $(ratio "$hoso_ff" "$less_ff") less | ≤ 4× less = $(ms "$(awk -v v="$less_ff" 'BEGIN { print 4 * v }')") | $( [ "$shown50" = 1 ] && verdict "$hoso_ff" "$(awk -v v="$less_ff" 'BEGIN { print 4 * v }')" || echo "missed: $note50") |"
out "| hoso: bytes per \`j\` in the reader (median of 3) | $hoso_j B; $(ratio "$hoso_j" "$less_j") less | ≤ 2× less = $(awk -v v="$less_j" 'BEGIN { print 2 * v }') B | $( [ "$shown50" = 1 ] && verdict "$hoso_j" "$(awk -v v="$less_j" 'BEGIN { print 2 * v }')" || echo "not measurable: the reader shows a bundled article, not the 50 MB one") |"
out "| hoso: peak RSS | $(mb "$(awk -v v="$(field "$H" peak rss 7)" 'BEGIN { print v * 1024 }')") | — | |"
out ""
out "Beside it, one 15 MB article (under today's 16 MiB cap), so that a big article is actually drawn$( [ "$last15" = g0000000 ] || echo " (warning: it is not the last row, G selects $last15)"):"
out ""
out "| measure | today | target | verdict |"
out "|---|---|---|---|"
out "| first frame | $(ms "$m_ff"); $(ms "$(field "$M" frame first 5)") CPU | — | |"
for lab in G l j1 / /t /h /i Esc; do
	case $lab in
	G) d="G: select it (its first paint in the detail pane)" ;;
	l) d="l: focus the reader" ;;
	j1) d="j: one line" ;;
	/) d="/: find prompt" ;;
	/t) d="/t: incremental find" ;;
	/h) d="/th" ;;
	/i) d="/thi" ;;
	Esc) d="Esc" ;;
	esac
	kc=$(field "$M" key "$lab" 5)
	out "| $d | $(ms "$(field "$M" key "$lab" 3)") wall · $(field "$M" key "$lab" 4) B · $(ms "$kc") CPU | ≤ 16 ms CPU | $(verdict "$kc" 16) |"
done
out "| bytes per \`j\` (median of 3) | $m_j B; $(ratio "$m_j" "$less_j") less's on the 50 MB article | ≤ 2× less | $(verdict "$m_j" "$(awk -v v="$less_j" 'BEGIN { print 2 * v }')") |"
out "| peak RSS | $(mb "$(awk -v v="$(field "$M" peak rss 7)" 'BEGIN { print v * 1024 }')"); $(ratio "$(awk -v v="$(field "$M" peak rss 7)" 'BEGIN { print v * 1024 }')" "$MID") the article | — | |"

LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
ELAPSED=$(( $(date +%s) - BEGAN ))
say "done in ${ELAPSED}s; load $LOAD1"

# --- RESULTS.md -----------------------------------------------------------
{
	echo "# Benchmark results (\`make bench\`)"
	echo
	echo "Written by \`tests/bench/run.sh\` (issue 8, \"Benchmark\" and \"Targets\")."
	echo "This run measures hoso at commit $COMMIT: the program of today, which"
	echo "reads, cleans, folds and indexes every article before the first frame."
	echo "Most targets are missed; this is the baseline the index work is judged against."
	echo
	echo "## Machine"
	echo
	echo "- $(nproc) cores: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sort | uniq -c | sed 's/^ *//; s/ / × /')"
	echo "- memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); kernel $(uname -sr)"
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); hoso commit $COMMIT ($SUBJECT…)"
	echo "- load average (1, 5, 15 min) at the start: $LOAD0; at the end: $LOAD1."
	echo "  The machine is shared with other builds: wall times carry that noise;"
	echo "  the CPU columns and the ratios measured side by side in this run are the verdict."
	echo "- \`make bench\` took $((ELAPSED / 60)) min $((ELAPSED % 60)) s (sizes:$SIZES; headless medians of $BENCH_RUNS runs, $BENCH_RUNS_LARGE at 100,000 and more)."
	echo
	echo "## Summary"
	echo
	echo "| articles | corpus | first frame (warm; CPU) | ×cat | peak RSS | ×corpus | corpus search \`thi thuc\` (first page) | ×grep | \`--search 'thi thuc'\` | ×grep |"
	echo "|---|---|---|---|---|---|---|---|---|---|"
	while IFS="	" read -r n b ff rss s1 g1 hs cat cold ffc; do
		echo "| $n | $(mb "$b") | $(ms "$ff"); $(ms "$ffc") | $(ratio "$ff" "$(awk -v c="$cat" 'BEGIN { print c * 1000 }')") | $(mb "$rss") | $(ratio "$rss" "$b") | $(ms "$s1") | $(ratio "$s1" "$(awk -v g="$g1" 'BEGIN { print g * 1000 }')") | $(sec "$hs") | $(ratio "$hs" "$g1") |"
	done < "$SUMMARY"
	echo
	echo "50 MB article: \`less\` $(ms "$less_ff") to its first frame and $less_j bytes per \`j\`; hoso $(ms "$hoso_ff") to a first frame in which $note50."
	echo "15 MB article: hoso $(ms "$m_ff") to the first frame, $(ms "$(field "$M" key G 3)") to draw it, $(ms "$(field "$M" key /t 5)") CPU for the first typed character of \`/\`."
	echo
	echo "## What is measured, and how"
	echo
	echo "- Corpora: \`tests/bench/gen.c\`, deterministic (seed 1973): N synthetic articles of"
	echo "  400–1,200 words from the bundled paragraphs (about half word-segmented, about"
	echo "  10 % NFD, dates 1973–2025) plus the 5 bundled articles and the bundled map."
	echo "- The reader runs under \`tests/bench/drive.c\` in a pseudo-terminal, 120×40,"
	echo "  TERM=xterm-256color, LANG=C.UTF-8, with \`--no-state\` and empty"
	echo "  XDG_CACHE_HOME, XDG_STATE_HOME and XDG_CONFIG_HOME.  *First frame*: from the"
	echo "  fork to the last byte written before 100 ms of quiet (no output and no CPU"
	echo "  used by hoso), once the output holds \`Bài báo\`.  *Key*: the key's bytes are"
	echo "  written at once; wall time to the last byte before quiet, the bytes written"
	echo "  and the CPU time hoso used, all threads (the live threads' schedstat, in ns,"
	echo "  plus the 10 ms clock ticks of threads that have exited: hoso loads on worker"
	echo "  threads, so a first frame's CPU can exceed its wall time)."
	echo "  *Peak RSS*: VmHWM of /proc/PID/status before hoso is asked to quit."
	echo "- *Cold cache*: the first run on a corpus, with an empty XDG_CACHE_HOME;"
	echo "  *warm*: the second, on the same cache directory.  Today hoso keeps no cache,"
	echo "  so both are the same work; once the index lands, the cold run also sends"
	echo "  \`j\` right after the first frame (a key while indexing)."
	echo "- The key script of the warm run: \`j\`, \`Space\`, \`2\`, \`1\`, \`l\`, \`Tab\`,"
	echo "  \`Enter\` (follows the link: the first visit of a topic), \`Backspace\`, \`/\` \`t\` \`h\` \`i\`,"
	echo "  \`Esc\`, \`s\` \`thi thuc\` \`Enter\`, \`s\` \`Ctrl-U\` \`hợp tác\` \`Enter\` (each character one key)."
	echo "  Keys that paint a new article in the detail pane (\`j\`, \`Space\`, \`Backspace\`)"
	echo "  are exempt from the 5 ms rule on that first paint, as the issue says."
	echo "- Headless: \`tests/bench/timeit.c\` runs a command N times (stdout to /dev/null)"
	echo "  and takes the median wall time; \`cat\` is \`find ARTICLES -type f -exec cat {} +\`,"
	echo "  grep is \`grep -r -c -F LITERAL ARTICLES\` (it does not fold marks: \`thi thuc\`"
	echo "  matches nothing in the corpus, yet it reads every file, which is the point)."
	echo "  Every corpus was in the page cache (just generated or read)."
	echo "- Targets that need the index cannot be met by design today; \"met\" and"
	echo "  \"missed: k× the target\" compare with the number in the issue's Targets."
	echo "  A target that the issue sets at one size is shown at the others in parentheses."
	cat "$MD"
	echo
	cat <<'END'
## Caveats of the method

- Quiet is 100 ms with no output and hoso using under a fifth of a CPU.
  A key whose work stalls longer than that without CPU (disk, a timer) would
  end its measure early; a key while a background thread is busy (the future
  indexer) is quiet only when the thread rests: measure those with
  `drive -O` (output only).  The wall time is the last byte's, so the 100 ms
  wait is not in it.
- `Esc`'s wall time is ncurses' escape delay (about 25 ms), not work: its CPU
  is the measure.  The first `j` after a frame can write more bytes than the
  next ones (the status line changes); bytes per `j` are medians of three.
- Wall times move by tens of percent with the load of this shared machine
  (the cold and warm first frames do the same work today, and differ by
  that noise); CPU times move less, ratios of neighbours in one run least.
  Headless medians are of few runs (3 at 100,000); min and max are in the
  raw table below.
- CPU per key has nanosecond grain for live threads; a thread that starts and
  exits within one key is counted at the 10 ms grain of clock ticks.
- hoso's own work is measured, not a terminal's: drive reads the pty as
  fast as it can and draws nothing.

END
	echo "## Reproduce"
	echo
	echo '```sh'
	echo "make bench                                   # the default sizes (BENCH_MAX=100000)"
	echo "BENCH_DIR=/tmp/hoso-corpora make bench       # keep and reuse the corpora"
	echo "BENCH_MAX=1000000 BENCH_DIR=/tmp/hoso-corpora make bench   # the million too"
	echo "BENCH_RESULTS=/tmp/r.md make bench           # leave RESULTS.md alone"
	echo
	echo "# one corpus by hand"
	echo "cc -std=c11 -O2 -D_GNU_SOURCE -o gen tests/bench/gen.c -lunistring"
	echo "cc -std=c11 -O2 -D_GNU_SOURCE -o drive tests/bench/drive.c -lutil"
	echo "cc -std=c11 -O2 -D_GNU_SOURCE -o timeit tests/bench/timeit.c"
	echo "./gen content \$BENCH_DIR/n10000 10000"
	echo "./gen content \$BENCH_DIR/one50mb --one $BIG"
	echo "X=\$(mktemp -d)   # empty XDG directories"
	sed "s|$TOOLS/|./|g" "$CMDS"
	echo "./timeit -n 5 -- sh -c 'find \"\$1\" -type f -exec cat {} +' sh \$BENCH_DIR/n10000/articles"
	echo "./timeit -n 5 -- grep -r -c -F 'thi thuc' \$BENCH_DIR/n10000/articles"
	echo "./timeit -n 5 -- ./hoso --no-state -C \$BENCH_DIR/n10000 --search 'thi thuc'"
	echo '```'
	echo
	echo "## Raw measures"
	echo
	echo "<details><summary>drive output (TSV: kind, label, wall_ms, bytes, cpu_ms, cpu_tick_ms, hwm_kb, note)</summary>"
	echo
	for f in "$W"/*.tsv; do
		echo "\`$(basename "$f")\`"
		echo
		echo '```'
		cat "$f"
		echo '```'
		echo
	done
	echo "</details>"
	echo
	echo "<details><summary>timeit output (TSV: median_s, min_s, max_s, cpu_median_s, maxrss_kb, status, runs)</summary>"
	echo
	echo '```'
	for f in "$W"/*.t; do
		printf '%s\t%s\n' "$(basename "$f" .t)" "$(cat "$f")"
	done
	echo '```'
	echo
	echo "</details>"
} > "$W/RESULTS.md"
cp "$W/RESULTS.md" "$RESULTS" && say "wrote $RESULTS"
