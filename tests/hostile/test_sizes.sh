#!/bin/sh
# The fault suite, pathological sizes (issue 12 §1) at a scale that takes
# well under 2 s a case when hoso is linear and far longer when it is not
# (a 2 MB paragraph took 13 s in --topic when each passage looked for the
# paragraph's end).  The time limit of run() fails a case that hangs;
# speed itself is measured by `make bench` (tests/bench/run.sh), at full
# scale.  Each case also checks what a person sees: the cut said once in
# a warning naming the file, the numbers of man/hoso.1's LIMITS.
. tests/hostile/lib.sh
. tests/hostile/sizes_gen.sh
# Tighter than the suite's 20 s: linear, each run here takes under 2 s (under
# 5 s with the sanitizers); quadratic, the first took 13 s.
HOSTILE_TIMEOUT=${HOSTILE_TIMEOUT:-10}
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
    XDG_CACHE_HOME="$T/cache"
C=$T/c
fresh() { rm -rf "$C" "$T/cache"; mkdir -p "$C"; }
# once FILE TEXT: TEXT is on exactly one line of FILE
once() {
	k=$(grep -cF -- "$2" "$1")
	[ "$k" -eq 1 ] || fail "$1 has '$2' $k times, expected once"
}

# One paragraph of 2 MB, a mention every few words, no sentence end.
begin paragraph_2mb_topic
fresh; gen_para "$C" 2000000
run -C "$C" --topic talks -w 80
status 0
has "$T/out" "Passages ("
has "$T/out" "more passages in this article"
# the passages shown are a hundred, each one line of at most 80 columns
k=$(grep -c 'hội đàm' "$T/out")
[ "$k" -ge 100 ] && [ "$k" -le 110 ] || fail "$k lines of passages"

begin paragraph_2mb_search
run -C "$C" --search 'hội đàm'
status 0
k=$(wc -l < "$T/out")
[ "$k" -eq 1000 ] || fail "$k matches printed, expected 1000"
has "$T/err" "big.txt: warning: more than 1,000 matches of 'hội đàm'; printed the first 1,000"
# each passage stops within its reach (600 bytes either side)
awk -F '\t' 'length($3) > 1300 { exit 1 }' "$T/out" || fail "a passage is longer than its reach"

begin paragraph_2mb_show
run -C "$C" --show big -w 60
status 0
k=$(wc -l < "$T/out")
[ "$k" -gt 20000 ] || fail "only $k lines"
no_controls "$T/out"

# 300 topics whose keyword is every word of a 400 KB article: without a
# cap, 30 million mentions.
begin keyword_every_word
fresh; gen_everyword "$C" 400000 300
run -C "$C" --check
status 0
has "$T/err" "big.txt: warning: more than 100,000 topic mentions; kept those of its first"
once "$T/err" "topic mentions"
run -C "$C" --topics
status 0
has "$T/out" "t299	T299	"

begin keyword_every_word_no_marks
# the keyword asks for marks the text does not have: every word is a
# candidate of every topic, none is a mention
fresh; gen_everyword "$C" 400000 300
sed 's/hội\]/hỏi]/' "$C/topics.yaml" > "$T/m" && mv "$T/m" "$C/topics.yaml"
run -C "$C" --topics
status 0
has "$T/out" "t299	T299	0	0"

# 3,000 topics whose keywords all begin with the word every word of a
# 2 MB article is: a candidate of 6,000 keywords at each word, unless
# the scan goes by words (it took 11 s, comparing each).
begin keywords_sharing_first_word
fresh; gen_firstword "$C" 2000000 3000
run -C "$C" --topics
status 0
has "$T/out" "t2999	T2999	"
has "$T/out" "t0	T0	0	0"
has "$T/err" "big.txt: warning: more than 100,000 topic mentions"

# A keyword too long to look for: an error at its place, costing its topic.
begin keyword_too_long
fresh; gen_para "$C" 10000
awk 'BEGIN { printf "  - {id: long, title: L, keywords: [\""; for (i = 0; i < 33; i++) printf "hội "; print "đàm\"]}" }' >>"$C/topics.yaml"
run -C "$C" --check
status 1
has "$T/err" "$C/topics.yaml:5:37: error: keywords: 'hội hội hội"
has "$T/err" "is longer than 32 words or 512 bytes"
run -C "$C" --topics
hasnt "$T/out" "long	"
has "$T/out" "talks	"

# 3,000 timeline quotes into one 2 MB article, each found at its end
begin quotes_into_one_article
fresh; gen_quotes "$C" 2000000 3000
run -C "$C" --check
status 0
has "$T/err" "big.txt: warning: "
has "$T/err" "timeline quotes not looked for"
once "$T/err" "timeline quotes"
run -C "$C" --timeline
status 0
k=$(wc -l < "$T/out")
[ "$k" -eq 3000 ] || fail "$k milestones, expected 3000"

# 10,000 topics and as many milestones, every topic related to the next
# (the 100,000 of each that the map's caps allow are in make bench).
begin topics_and_milestones_10000
fresh; gen_topics "$C" 10000
run -C "$C" --topics
status 0
k=$(wc -l < "$T/out")
[ "$k" -eq 10000 ] || fail "$k topics, expected 10000"
run -C "$C" --timeline
status 0
k=$(wc -l < "$T/out")
[ "$k" -eq 10000 ] || fail "$k milestones, expected 10000"
run -C "$C" --topic t1500 -w 80
status 0
has "$T/out" "Milestones (1)"

# A quote of more than 1 MiB, a whole paragraph of its article.
begin quote_1mib
fresh; gen_bigquote "$C" 1048576
[ "$(wc -c <"$C/topics.yaml")" -gt 1048576 ] || fail "the map is under 1 MiB"
run -C "$C" --check
status 0
hasnt "$T/err" "error"
run -C "$C" --timeline
status 0
has "$T/out" "Q"

begin combining_flood
# one letter with 100,000 acute accents: one grapheme, one column
fresh; gen_marks "$C" 100000
for w in 1 3 80; do
	run -C "$C" --show big -w "$w"
	status 0
done
has "$T/out" "Trước đó hội đàm á"
has "$T/out" " sau đó hợp tác."
run -C "$C" --topic talks -w 80
status 0
has "$T/out" "Passages (2)"
# the passages stop at the letter's edge: no line starts with its marks
! grep -q "^ *$(printf '\314\201')" "$T/out" || fail "a passage starts inside a letter"

begin no_space_5mb
fresh; gen_nospace "$C" 5000000
run -C "$C" --show big -w 80
status 0
k=$(wc -l < "$T/out")
[ "$k" -gt 40000 ] || fail "only $k lines"
# a search reads it all and finds nothing (the search for a syllable in
# every unit, each rejected for not starting a word, is in make bench:
# under ASan each memmem call checks the whole rest of the text, the
# sanitizer's cost, not hoso's)
run -C "$C" --search 'hànội'
status 1
has "$T/err" "no match for 'hànội'"

finish
