#!/bin/sh
# Vietnamese equivalences in search, on the bundled dossier: both tone
# placements are one word, marks count syllable by syllable, Telex typed
# raw is read as what it spells, and plain queries stay as they are.
. tests/cli/lib.sh
run --search 'hòa bình'
status 0
cp "$T/out" "$T/old"
n=$(wc -l <"$T/old")
[ "$n" -eq 20 ] || fail "hòa bình: $n passages, want 20"
run --search 'hoà bình'
cmp -s "$T/out" "$T/old" || fail "hoà bình does not find what hòa bình finds"
run --search 'HOÀ BÌNH'
[ "$(wc -l <"$T/out")" -eq 0 ] || grep -q '«HO' "$T/out" || fail "HOÀ BÌNH matched lower case"

run --search 'thị thực'
cp "$T/out" "$T/thi"
run --search 'thị thuc'
status 0
[ -s "$T/out" ] || fail "thị thuc found nothing"
cmp -s "$T/out" "$T/thi" || fail "thị thuc differs from thị thực on the dossier"
grep -qi '«thì' "$T/out" && fail "thị thuc found thì"

run --search 'thij thuwcj'
status 0
cmp -s "$T/out" "$T/thi" || fail "thij thuwcj (Telex) does not find the thị thực passages"
has "$T/err" "thij thuwcj → thị thực"

run --search visa
status 0
cp "$T/out" "$T/visa"
hasnt "$T/err" "→"
[ "$(wc -l <"$T/visa")" -ge 1 ] || fail "visa found nothing"
grep -qv '«visa»\|«Visa»\|«VISA»' "$T/visa" && fail "visa matched something else"
for q in 'hop tac' ODA Kishida FDI; do
	run --search "$q"
	hasnt "$T/err" "→"
done
done_
