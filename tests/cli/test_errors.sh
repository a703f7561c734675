#!/bin/sh
# Bad maps and bad usage: a positioned message and the right exit status.
. tests/cli/lib.sh
mkdir -p $T/c/articles
cp $FIX/corpus/articles/alpha.txt $T/c/articles/
printf 'topics:\n  - id: a\n    title: [unclosed\n' >$T/c/topics.yaml
run -C $T/c --check
status 1
grep -qE "^$T/c/topics.yaml:[0-9]+:[0-9]+: error: " $T/err || { cat $T/err; fail "no FILE:LINE:COL error"; }
# 100,000 nested [ rejected fast
awk 'BEGIN { printf "topics: "; for (i = 0; i < 100000; i++) printf "["; print "" }' >$T/c/topics.yaml
start=$(date +%s%N)
run -C $T/c --check
end=$(date +%s%N)
status 1
ms=$(( (end - start) / 1000000 ))
echo "100,000 nested [: ${ms} ms"
limit=100; [ "${SAN:-0}" = 1 ] && limit=1000
[ "$ms" -lt "$limit" ] || fail "nested [ took ${ms} ms"
grep -qE "topics.yaml:1:[0-9]+: error: .*nest" $T/err || { head -3 $T/err; fail "no nesting error"; }
# unknown ids and a quote that is not in its article
cat >$T/c/topics.yaml <<'Y'
topics:
  - id: a
    title: A
    keywords: [ODA]
    related: [nowhere]
timeline:
  - date: 2023-02-30
    title: Bad date
    sources:
      - article: alpha
        quote: thị thực
  - date: 2023-02
    title: Missing quote
    sources:
      - article: alpha
        quote: không hề có câu này
      - article: nobody
        quote: x
Y
run -C $T/c --check
status 1
has $T/err "topics.yaml:5:15: error: topic 'a': related topic 'nowhere' does not exist"
has $T/err "error: "
has $T/err "topics.yaml:15:9: error: milestone 'Missing quote': quote not found in article 'alpha'"
has $T/err "topics.yaml:17:9: error: milestone 'Missing quote': article 'nobody' does not exist"
grep -q "2023-02-30" $T/err || fail "bad date not reported"
# usage errors exit 2
run --bogus; status 2
run --list --topics; status 2
run -w 0 --list; status 2
run -C $FIX/corpus --show no-such-id; status 2
run -C /nonexistent --list; status 2
has $T/err "/nonexistent"
done_
