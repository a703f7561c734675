#!/bin/sh
# The benchmark's tools work (make bench itself is not part of check):
# the generator is deterministic, its corpus is valid, and the pty driver
# measures a first frame, a key and the peak RSS of hoso on it.  Nothing
# here asserts a speed: only that measurements come out.
. tests/cli/lib.sh
CFL="-std=c11 -O2 -D_GNU_SOURCE"
cc $CFL -o $T/gen tests/bench/gen.c -lunistring 2>$T/cc.err ||
    { cat $T/cc.err; fail "tests/bench/gen.c does not build"; done_; }
cc $CFL -o $T/drive tests/bench/drive.c -lutil 2>$T/cc.err ||
    { cat $T/cc.err; fail "tests/bench/drive.c does not build"; done_; }

# Deterministic: the same arguments give the same bytes; another N or
# another seed gives another corpus.
$T/gen content $T/a 50 >/dev/null || fail "gen content a 50"
$T/gen content $T/b 50 >/dev/null || fail "gen content b 50"
$T/gen content $T/c 49 >/dev/null || fail "gen content c 49"
$T/gen content $T/d 50 7 >/dev/null || fail "gen content d 50 7"
diff -r $T/a $T/b >/dev/null || fail "two runs of gen with the same arguments differ"
diff -rq $T/a $T/c >/dev/null && fail "gen 50 and gen 49 make the same corpus"
cmp -s $T/a/articles/g0000000.txt $T/d/articles/g0000000.txt &&
    fail "another seed makes the same first article"
[ "$(ls $T/a/articles | wc -l)" -eq 55 ] ||
    fail "gen 50 wrote $(ls $T/a/articles | wc -l) files, not 50 + the 5 bundled"
$T/gen content $T/one --one 100000 >/dev/null || fail "gen --one"
size=$(wc -c <$T/one/articles/g0000000.txt)
[ "$size" -ge 100000 ] && [ "$size" -lt 120000 ] ||
    fail "gen --one 100000 wrote $size bytes"

# The corpus is clean and complete.
run -C $T/a --check
status 0
run -C $T/a --list
status 0
[ "$(wc -l <$T/out)" -eq 55 ] || fail "--list shows $(wc -l <$T/out) articles, not 55"
# Segmented and NFD articles are there (the generator's mix).
grep -l '^segmented: true' $T/a/articles/g*.txt >$T/seg
[ -s $T/seg ] || fail "no segmented article in the generated corpus"

# The driver: a first frame, one key, the peak RSS, a clean exit.
mkdir -p $T/x/cache $T/x/state $T/x/config
XDG_CACHE_HOME=$T/x/cache XDG_STATE_HOME=$T/x/state \
XDG_CONFIG_HOME=$T/x/config $T/drive -T 20 -m 'Bài báo' -k j=j -k '2=2' \
    -- "$HOSO" --lang vi --no-state -C $T/a >$T/d.tsv 2>$T/d.err
rc=$?
cat $T/d.tsv
[ "$rc" -eq 0 ] || fail "drive exited $rc: $(cat $T/d.err)"
# frame: a wall time, bytes written, CPU and VmHWM measured
awk -F '\t' '$1 == "frame" && $2 == "first" && $3 > 0 && $4 > 1000 &&
    $5 > 0 && $7 > 0 { ok = 1 } END { exit !ok }' $T/d.tsv ||
    fail "no first frame measured"
awk -F '\t' '$1 == "key" && $2 == "j" && $4 > 0 && $5 >= 0 { ok = 1 }
    END { exit !ok }' $T/d.tsv || fail "key j not measured"
awk -F '\t' '$1 == "peak" && $7 > 0 { ok = 1 } END { exit !ok }' $T/d.tsv ||
    fail "no peak RSS"
grep -q '^exit	.*status=0$' $T/d.tsv || fail "hoso did not quit cleanly"

# It never hangs: a command that never draws the marker is cut off.
$T/drive -T 1 -m 'never written' -- sleep 30 >$T/t.tsv 2>&1
rc=$?
[ "$rc" -eq 3 ] && grep -q '^timeout' $T/t.tsv ||
    fail "drive -T 1 on sleep 30: exit $rc, $(cat $T/t.tsv)"
done_
