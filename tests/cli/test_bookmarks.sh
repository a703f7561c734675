#!/bin/sh
# --bookmarks (issue 11, part 2): the reader's bookmark file of a corpus
# (a copy of the fixture corpus, its file written here by hand) listed
# newest first as TSV and JSON, each checked against the corpus (ok,
# moved, changed, missing); --export markdown passes mdl and quotes each
# kept passage with its note and citation, leaving out those whose
# passage is gone; a file with a bad line gives a file:line warning.
. tests/cli/lib.sh
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }
command -v mdl >/dev/null || { echo "FAIL: mdl is not installed (make deps)"; exit 1; }

# FNV-1a 64 of a string, as hoso names the file of a corpus.
fnv() {
	h=-3750763034362895579
	for b in $(printf %s "$1" | od -An -v -tu1); do
		h=$(( (h ^ b) * 1099511628211 ))
	done
	printf '%016x\n' "$h"
}

cp -R $FIX/corpus $T/corpus
XDG_STATE_HOME=$T/state
export XDG_STATE_HOME
mkdir -p $T/state/hoso
BM=$T/state/hoso/bookmarks-$(fnv "$(cd $T/corpus && pwd -P)")
q1='Đây là bước tiến lớn.'
q2='Ông ấy nói rằng thì thực ra mọi việc đã rõ.'
tab=$(printf '\t')
{
	echo "hoso-bookmarks 1"
	printf '1700000000\talpha\t0\t0\t\t%s\n' "$q1"
	printf '1700000100\talpha\t3\t9\tđọc lại\\tsau\t%s\n' "$q2"
	printf '1700000200\talpha\t0\t4\t\tkhông còn câu này\n'
	printf '1700000300\tgone\t0\t4\tghi chú\tabcd\n'
} >$BM

run -C $T/corpus --bookmarks
status 0 "--bookmarks"
[ -s $T/err ] && fail "--bookmarks said: $(cat $T/err)"
cut -f2,5 $T/out >$T/ids
printf 'gone\tmissing\nalpha\tchanged\nalpha\tmoved\nalpha\tmoved\n' |
    cmp -s - $T/ids || fail "newest first with their status: $(cat $T/ids)"
has $T/out "đọc lại sau${tab}$q2"
has $T/out "Thị thực điện tử cho công dân Việt Nam"
# The moved one's offsets are where the quote is now: written back with
# them, it is ok.
start=$(awk -F"$tab" '$8 ~ /bước tiến/ { print $3 }' $T/out)
end=$(awk -F"$tab" '$8 ~ /bước tiến/ { print $4 }' $T/out)
[ -n "$start" ] && [ "$end" -gt "$start" ] || fail "moved offsets: '$start' '$end'"

run -C $T/corpus --bookmarks --format json
status 0 "--bookmarks --format json"
[ "$(jq -s length $T/out)" -eq 4 ] || fail "json: not 4 objects"
[ "$(jq -rs '.[1].status + " " + .[2].note' $T/out)" = "changed đọc lại	sau" ] ||
    fail "json fields: $(cat $T/out)"

run -C $T/corpus --bookmarks --export markdown
status 0 "--bookmarks --export markdown"
cp $T/out $T/brief.md
mdl -s tests/mdl-style.rb $T/brief.md >$T/mdl 2>&1 || { cat $T/mdl; fail "brief: mdl"; }
has $T/brief.md "# Bookmarks"
has $T/brief.md "$q1"
has $T/brief.md "$q2"
has $T/brief.md "Báo Thử nghiệm"
hasnt $T/brief.md "không còn câu này"
hasnt $T/brief.md "abcd"
has $T/err "bookmark of gone left out: its passage is missing"
has $T/err "bookmark of alpha left out: its passage is changed"

run -C $T/corpus --bookmarks --export json
status 0 "--bookmarks --export json"
[ "$(jq '.passages | length' $T/out)" -eq 2 ] || fail "json brief: not 2 passages"

# At its right place it is ok.
printf 'hoso-bookmarks 1\n1700000000\talpha\t%s\t%s\t\t%s\n' "$start" \
    "$end" "$q1" >$BM
run -C $T/corpus --bookmarks
[ "$(cut -f5 $T/out)" = ok ] || fail "at its place: $(cat $T/out)"

# A bad line: a warning naming file and line, the good lines kept.
printf 'hoso-bookmarks 1\nrubbish\n1\talpha\t%s\t%s\t\t%s\n' "$start" "$end" "$q1" >$BM
run -C $T/corpus --bookmarks
status 0 "bad line"
has $T/err "$BM:2: warning:"
[ "$(wc -l <$T/out)" -eq 1 ] || fail "bad line: the good one not listed"
# The headless mode reads, never writes: the bad file is left as it was.
grep -q rubbish $BM || fail "--bookmarks rewrote the file"

# No file: nothing, and no error.
rm -f $BM
run -C $T/corpus --bookmarks
status 0 "no file"
[ -s $T/out ] && fail "no file: printed $(cat $T/out)"
run -C $T/corpus --bookmarks --export markdown
has $T/out "(none)"

done_
