#!/bin/sh
# Articles in the Vietnamese legacy encodings and in double-encoded UTF-8
# print byte-identical to their UTF-8 original, declared or detected, and
# each says which encoding it was read in.  The fixtures come from
# tests/tools/mklegacy.sh.
. tests/cli/lib.sh
L=$FIX/legacy
run -C $L/corpus --show original -w 60
status 0
cp $T/out $T/want
has $T/want "Hai Thủ tướng bày tỏ hài lòng"
has $T/want "Đưa quan hệ đối tác chiến lược"
hasnt $T/err "original.txt"

# check ID NEEDLE: --show ID prints what the original does, and its
# warning (in --show and in --check) contains NEEDLE
check() {
	run -C $L/corpus --show "$1" -w 60
	status 0 "$1"
	cmp -s $T/want $T/out || { diff $T/want $T/out | head -5; fail "$1 prints differently"; }
	grep -qF "articles/$1.txt: warning: $2" $T/err || fail "$1: no warning '$2': $(cat $T/err)"
}
for e in tcvn:TCVN5712-1 vni:VNI-WIN viscii:VISCII cp1258:CP1258; do
	id=${e%%:*} name=${e#*:}
	check "$id" "decoded from $name (detected"
	check "$id-declared" "decoded from $name (declared)"
	# the fixture really is in that encoding: not UTF-8
	iconv -f UTF-8 -t UTF-8 $L/corpus/articles/$id.txt >/dev/null 2>&1 &&
		fail "$id.txt is valid UTF-8"
done
check double-cp1252 "repaired double-encoded UTF-8 (read as CP1252)"
check double-latin1 "repaired double-encoded UTF-8 (read as Latin-1)"
# the fixtures are what they claim: VNI's "Vieät", CP1252's "á»‡"
grep -q "$(printf 'Vie\344t Nam')" $L/corpus/articles/vni.txt || fail "vni.txt lacks Vieät"
grep -qF "Viá»‡t Nam" $L/corpus/articles/double-cp1252.txt || fail "double-cp1252.txt lacks Viá»‡t"

# --check: one warning per decoded article, nothing else, exit 0
run -C $L/corpus --check
status 0
[ "$(grep -c ': warning: ' $T/err)" -eq 10 ] || fail "--check: $(cat $T/err)"
hasnt $T/err "original.txt"
# search and the index see the decoded text
run -C $L/corpus --search "Việt Nam"
status 0
for id in tcvn vni-declared viscii cp1258 double-latin1; do
	grep -q "^$id	" $T/out || fail "--search misses $id"
done

# Not Vietnamese in any encoding: shown repaired, with a warning; an
# unknown encoding: name is an error at its position.
run -C $L/bad --check
status 1
has $T/err "bad/articles/russian.txt: warning: not valid UTF-8, and not plausible Vietnamese in any encoding"
has $T/err "bad/articles/unknown.txt:3:11: error: encoding: unknown encoding 'KOI8-R'"
run -C $L/bad --show russian -w 60
has $T/out "�"
done_
