#!/bin/sh
# The exit statuses as documented: --search follows grep (0 a match, 1 no
# match, 2 bad usage; bad data is 1 even with matches), and the fatal
# status 70 is in --help, the man page and the README.
. tests/cli/lib.sh
run -C $FIX/corpus --search "thi thuc"
status 0 "a match"
[ -s $T/out ] || fail "no output for a match"
run -C $FIX/corpus --search "zzzz"
status 1 "no match"
[ -s $T/out ] && fail "output for a query with no match"
has $T/err "no match for 'zzzz'"
run -C $FIX/corpus --search ""
status 2 "an empty query"
# Bad data: a related topic that does not exist is an error.
mkdir -p $T/c/articles
cp $FIX/corpus/articles/alpha.txt $T/c/articles/
printf 'topics:\n  - id: a\n    title: A\n    keywords: [ODA]\n    related: [nowhere]\n' >$T/c/topics.yaml
run -C $T/c --search "thi thuc"
status 1 "bad data with a match"
has $T/out "«thị thực»"
has $T/err "topics.yaml:5:15: error: topic 'a': related topic 'nowhere' does not exist"
run -C $T/c --search "zzzz"
status 1 "bad data without a match"

# 70 is documented where a user looks.
run --help
status 0 "--help"
grep -Eq '^ +70 +fatal: out of memory' $T/out || fail "--help lacks exit status 70"
grep -Eq '^ +1 +.*for --search, no match' $T/out ||
    fail "--help lacks the no-match status of --search"
bs=$(printf '\b')
mandoc -T ascii man/hoso.1 | LC_ALL=C sed "s/.$bs//g" |
    sed -n '/^EXIT STATUS/,/^[A-Z]/p' >$T/man
grep -Eq '^ +70 +A fatal error: out of memory' $T/man ||
    fail "the man page's EXIT STATUS lacks 70"
grep -q 'For --search, also no match' $T/man ||
    fail "the man page's EXIT STATUS lacks the no-match status of --search"
grep -q '70 a fatal error (out of memory' README.md ||
    fail "README.md lacks exit status 70"
done_
