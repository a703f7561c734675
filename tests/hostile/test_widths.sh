#!/bin/sh
# The fault suite, widths: at -w 1, 2 and 3 every line of --show and
# --topic fits, whatever the text holds at the margin: an emoji with a
# skin tone (👍🏽, 2 + 2 columns by wcwidth), a ZWJ family, flags, CJK, a
# letter under a flood of marks.  A grapheme wider than the width is
# drawn as □ (one column), never cut and never let overflow.  Columns are
# measured by tests/tools/colcheck.c with glibc's wcwidth, as a terminal
# does, not by hoso's own width function.
. tests/hostile/lib.sh
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
    XDG_CACHE_HOME="$T/cache"
CHECK=$T/colcheck
cc -std=c11 -O2 -D_GNU_SOURCE -o "$CHECK" tests/tools/colcheck.c || {
	echo "case FAIL colcheck: cannot build tests/tools/colcheck.c"; exit 1; }
C=$T/c
ACUTE=$(printf '\314\201')
MARKS=$(i=0; while [ "$i" -lt 200 ]; do printf '%s' "$ACUTE"; i=$((i + 1)); done)

# corpus TEXT: one article "big" of TEXT (a topic whose keyword is "và")
corpus() {
	rm -rf "$C" "$T/cache"
	mkdir -p "$C/articles"
	printf 'topics:\n  - id: va\n    title: Và\n    keywords: [và]\n' > "$C/topics.yaml"
	printf -- '---\ntitle: %s\ndate: 2023-11-27\n---\n%s\n' "$1" "$1" > "$C/articles/big.txt"
}
# fits N: every line of $T/out within N columns
fits() {
	"$CHECK" "$1" < "$T/out" > "$T/wide" ||
	    fail "-w $1: wider lines: $(head -n 3 "$T/wide" | tr '\n' '|')"
}
# widths TEXT: --show and --topic at -w 1..3 fit
widths() {
	corpus "$1"
	for w in 1 2 3; do
		run -C "$C" --show big -w "$w"
		status 0
		fits "$w"
		no_controls "$T/out"
		run -C "$C" --topic va -w "$w"
		status 0
		fits "$w"
	done
}

begin emoji_modifier
widths "👍🏽 và 👍🏽👍🏽 và a👍🏽b"
run -C "$C" --show big -w 3
has "$T/out" "□"
# where it fits, it is itself
run -C "$C" --show big -w 4
has "$T/out" "👍🏽"
fits 4

begin zwj_sequence
widths "Gia đình 👨‍👩‍👧‍👦 và 👩🏽‍💻 và 🏳️‍🌈"

begin flags
widths "🇻🇳🇯🇵 và 🇻🇳 và x🇯🇵 và 🇻"
run -C "$C" --show big -w 2
has "$T/out" "🇻🇳"
run -C "$C" --show big -w 1
has "$T/out" "□"

begin cjk
widths "中文字 và 日本語のテキスト và ａｂｃ và 한국어"
run -C "$C" --show big -w 2
has "$T/out" "中"
run -C "$C" --show big -w 1
has "$T/out" "□"

begin combining_flood
widths "Trước a$MARKS sau và ệ$MARKS và"
# a letter of one column keeps all its marks
run -C "$C" --show big -w 1
has "$T/out" "á$(printf '%s' "$MARKS" | cut -c3-)"

begin at_the_margin
# a wide grapheme where the line ends, at every width up to a few more
corpus "ab👍🏽 cd中 ef🇻🇳 gh👨‍👩‍👧 và ij中中"
for w in 1 2 3 4 5 6 7; do
	run -C "$C" --show big -w "$w"
	status 0
	fits "$w"
done
has "$T/out" "ab👍🏽"

finish
