#!/bin/sh
# Smart folding: no marks typed matches any marks; marks or capitals typed
# must match.
. tests/cli/lib.sh
run -C $FIX/corpus --search "thi thuc"
status 0
has $T/out "alpha	1	Nhật Bản sẽ cấp «thị thực» điện tử"
has $T/out "alpha	2	«THỊ THỰC» NHIỀU LẦN"
has $T/out "alpha	3	Ông ấy nói rằng «thì thực» ra"
has $T/out "alpha-nfd	1	"
run -C $FIX/corpus --search "thị thực"
has $T/out "«thị thực» điện tử"
has $T/out "«THỊ THỰC» NHIỀU"
hasnt $T/out "thì thực"
run -C $FIX/corpus --search "THỊ THỰC"
has $T/out "«THỊ THỰC» NHIỀU"
hasnt $T/out "«thị thực»"
[ "$(wc -l <$T/out)" -eq 2 ] || fail "THỊ THỰC: expected 2 matches (NFC and NFD copies)"
run -C $FIX/corpus --search "da nang"
has $T/out "«Đà Nẵng»"
run -C $FIX/corpus --search "zzzz"
status 1
[ -s $T/out ] && fail "output for a query with no match"
has $T/err "no match"
done_
