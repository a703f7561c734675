#!/bin/sh
# An NFD copy of an article prints byte-identical to its NFC original.
. tests/cli/lib.sh
"$HOSO" -C $FIX/corpus --show alpha -w 50 >$T/nfc; a=$?
"$HOSO" -C $FIX/corpus --show alpha-nfd -w 50 >$T/nfd; b=$?
[ $a -eq 0 ] && [ $b -eq 0 ] || fail "exit $a/$b"
cmp -s $T/nfc $T/nfd || { diff $T/nfc $T/nfd | head; fail "NFD copy prints differently"; }
has $T/nfc "Thị thực điện tử cho công dân Việt Nam"
# the source file really is NFD: a combining dot below (U+0323) is there
grep -q "$(printf 'i\314\243')" $FIX/corpus/articles/alpha-nfd.txt || fail "fixture is not NFD"
# widths: no wrapped line is wider than 50 columns
while IFS= read -r line; do
	w=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)
	[ "$w" -le 50 ] || fail "line wider than 50: $line"
done <$T/nfc
done_
