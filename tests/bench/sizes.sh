#!/bin/sh
# The pathological sizes of issue 12 §1 at full scale, each beside the same
# case at a quarter of it: the wall time of every command against a stated
# target, and its growth in CPU time (the wall time carries the load of a
# shared machine): ×4 the input may cost at most 6× the CPU, i.e. CPU per
# byte at most 1.5× the smaller one's — linear, with noise.
#
#   sh tests/bench/sizes.sh          (run.sh runs it; this alone is ~1 min)
#
# Environment: HOSO (default ./hoso), TIMEIT (a built tests/bench/timeit.c;
# built into $HOSO_BUILD/bench when absent), SIZES_DIR (the cases, reused
# when present; default a temp dir, removed).  Prints a Markdown section
# on stdout, progress on stderr.  The cases are those of
# tests/hostile/test_sizes.sh (tests/hostile/sizes_gen.sh) at their size.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
HOSO=${HOSO:-$ROOT/hoso}
case $HOSO in /*) ;; *) HOSO=$ROOT/${HOSO#./} ;; esac
TOOLS=$ROOT/${HOSO_BUILD:-build/std}/bench
if [ -z "${TIMEIT:-}" ]; then
	mkdir -p "$TOOLS"
	cc -std=c11 -O2 -D_GNU_SOURCE -o "$TOOLS/timeit" tests/bench/timeit.c ||
	    exit 1
	TIMEIT=$TOOLS/timeit
fi
. tests/hostile/sizes_gen.sh
OWN=0
if [ -z "${SIZES_DIR:-}" ]; then
	SIZES_DIR=$(mktemp -d /tmp/hoso-sizes.XXXXXX) || exit 1
	OWN=1
fi
X=$(mktemp -d /tmp/hoso-sizes-xdg.XXXXXX) || exit 1
trap 'rm -rf "$X"; [ "$OWN" = 1 ] && rm -rf "$SIZES_DIR"' EXIT
mkdir -p "$X/cache" "$X/state" "$X/config"
say() { printf 'sizes: %s\n' "$*" >&2; }

# mk NAME GEN ARGS...: the case's corpus in $SIZES_DIR/NAME, made once
# (again when the generator or its arguments change)
GENSUM=$(cksum < tests/hostile/sizes_gen.sh | cut -d' ' -f1)
mk() {
	name=$1 fn=$2; shift 2
	d=$SIZES_DIR/$name
	if [ -f "$d.stamp" ] && [ "$(cat "$d.stamp")" = "$GENSUM $fn $*" ]; then
		return 0
	fi
	say "making $name ($fn $*)"
	rm -rf "$d"; mkdir -p "$d"
	"$fn" "$d" "$@" && echo "$GENSUM $fn $*" > "$d.stamp"
}
bytes() { find "$SIZES_DIR/$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }'; }
# tm NAME ARGS...: seconds of one run of hoso ARGS on corpus NAME (its
# index kept between the commands of a case); empty when it failed
tm() {
	c=$1; shift
	XDG_CACHE_HOME=$X/cache XDG_STATE_HOME=$X/state XDG_CONFIG_HOME=$X/config \
	    "$TIMEIT" -n 1 -T 120 -- "$HOSO" --no-state -C "$SIZES_DIR/$c" "$@" |
	    cut -f1,4,5
}
fmt() { awk -v v="$1" 'BEGIN { if (v == "") print "?"; else if (v >= 1) printf "%.2f s\n", v; else printf "%.0f ms\n", v * 1000 }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "not measured"; else if (v <= t) print "met"; else printf "missed: %.1f× the target\n", v / t }'; }
# growth SMALL BIG BYTES_SMALL BYTES_BIG: time per byte, big over small
growth() { awk -v a="$1" -v b="$2" -v x="$3" -v y="$4" 'BEGIN { if (a == "" || b == "" || a <= 0.02) { print "—"; exit } r = (b / y) / (a / x); printf "%.2f× %s\n", r, r <= 1.5 ? "(linear)" : "(NOT linear)" }'; }

echo "| case | size (quarter → full) | command | quarter: wall (CPU) | full: wall (CPU) | target (full, wall) | verdict | CPU per byte, full / quarter | peak RSS (full) |"
echo "|---|---|---|---|---|---|---|---|---|"
# row CASE LABEL TARGET ARGS...: the command on the quarter and the full case
row() {
	c=$1 label=$2 target=$3; shift 3
	q=$(tm "$c-q" "$@") f=$(tm "$c" "$@")
	qs=$(echo "$q" | cut -f1) fs=$(echo "$f" | cut -f1)
	qc=$(echo "$q" | cut -f2) fc=$(echo "$f" | cut -f2)
	rss=$(echo "$f" | cut -f3)
	echo "| $c | $(awk -v a="$(bytes "$c-q")" -v b="$(bytes "$c")" 'BEGIN { printf "%.1f → %.1f MB\n", a / 1e6, b / 1e6 }') | \`$label\` | $(fmt "$qs") ($(fmt "$qc")) | $(fmt "$fs") ($(fmt "$fc")) | ≤ $(fmt "$target") | $(verdict "$fs" "$target") | $(growth "$qc" "$fc" "$(bytes "$c-q")" "$(bytes "$c")") | $(awk -v k="$rss" 'BEGIN { printf "%.0f MB\n", k / 1024 }') |"
	say "$c: $label: $(fmt "$qs") → $(fmt "$fs") (CPU $(fmt "$qc") → $(fmt "$fc"))"
}

# One paragraph of 16 MB (and 4 MB), a mention every few words, no full stop.
mk para16mb gen_para 16000000; mk para16mb-q gen_para 4000000
row para16mb "--rebuild-index --check" 8 --rebuild-index --check
row para16mb "--topic talks" 4 --topic talks
row para16mb "--search 'hội đàm'" 4 --search 'hội đàm'
row para16mb "--show big -w 80" 6 --show big -w 80
# 1,000 topics whose keyword is every word of a 2 MB article (0.5 MB).
mk everyword gen_everyword 2000000 1000; mk everyword-q gen_everyword 500000 1000
row everyword "--rebuild-index --check" 2 --rebuild-index --check
row everyword "--topics" 1 --topics
# 10,000 topics whose 20,000 keywords begin with the one word of a 2 MB
# article (0.5 MB).
mk firstword gen_firstword 2000000 10000; mk firstword-q gen_firstword 500000 10000
row firstword "--rebuild-index --check" 2 --rebuild-index --check
# 9,000 timeline quotes into one 10 MB article (2.5 MB), found at its end.
mk quotes gen_quotes 10000000 9000; mk quotes-q gen_quotes 2500000 9000
row quotes "--rebuild-index --check" 8 --rebuild-index --check
row quotes "--timeline" 5 --timeline
# 100,000 topics and 100,000 milestones (25,000), a 17 MB map.
mk topics gen_topics 100000; mk topics-q gen_topics 25000
row topics "--rebuild-index --check" 5 --rebuild-index --check
row topics "--topics" 4 --topics
row topics "--timeline" 5 --timeline
row topics "--topic t3000" 4 --topic t3000
# A quote of 1 MiB of letters, 1.4 MB (256 KiB).
mk bigquote gen_bigquote 1048576; mk bigquote-q gen_bigquote 262144
row bigquote "--rebuild-index --check" 1 --rebuild-index --check
# YAML: a million keys (250,000), the last a duplicate; 1,000,000
# brackets deep (250,000), stopped at the 64th.
mk keys gen_keys 1000000; mk keys-q gen_keys 250000
row keys "--check" 4 --check
mk deep gen_deep 1000000; mk deep-q gen_deep 250000
row deep "--check" 0.5 --check
# A word-segmented article of 16 MB (4 MB) of backticks and quotes.
mk segmented gen_segmented 16000000; mk segmented-q gen_segmented 4000000
row segmented "--rebuild-index --check" 8 --rebuild-index --check
row segmented "--show big -w 80" 6 --show big -w 80
# One letter with 400,000 combining marks (100,000).
mk marks gen_marks 400000; mk marks-q gen_marks 100000
row marks "--rebuild-index --check" 1 --rebuild-index --check
row marks "--show big -w 3" 1 --show big -w 3
row marks "--topic talks" 1 --topic talks
# 50 MB without a space (12.5 MB).
mk nospace gen_nospace 50000000; mk nospace-q gen_nospace 12500000
row nospace "--rebuild-index --check" 10 --rebuild-index --check
row nospace "--show big -w 80" 15 --show big -w 80
row nospace "--search 'việtnamnhật'" 8 --search 'việtnamnhật'
