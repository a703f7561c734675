#!/bin/sh
# The persistent index, as a user of the headless modes sees it: a cold
# run, a warm run and a --no-cache run say the same; a corpus changed
# while hoso was closed is seen as it is now; a cache that cannot be used
# is a warning, never a different answer; a damaged or half-written
# index (kill -9) is made good; two instances at once both answer right.
# Every index goes to a cache directory of this test's own.
. tests/cli/lib.sh
case $HOSO in /*) ;; *) HOSO=$PWD/${HOSO#./} ;; esac
ROOT=$PWD
unset HOSO_CONTENT
# Directories made immutable below (as root) must be writable again
# before the temp dir can go.
cleanup() {
	[ -n "${LOCKED:-}" ] && chattr -i $LOCKED 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
LOCKED=

# hrun NAME CACHE ARGS...: hoso with XDG_CACHE_HOME=CACHE; its stdout,
# stderr and status in $T/NAME.out, .err, .rc
hrun() {
	h_n=$1 h_c=$2
	shift 2
	XDG_CACHE_HOME=$h_c "$HOSO" "$@" >"$T/$h_n.out" 2>"$T/$h_n.err"
	echo $? >"$T/$h_n.rc"
}
# same A B WHAT: runs A and B said the same (stdout, stderr, status)
same() {
	for s in out err rc; do
		cmp -s "$T/$1.$s" "$T/$2.$s" && continue
		fail "$3: $s of '$1' and '$2' differ"
		diff "$T/$1.$s" "$T/$2.$s" | head -n 8
	done
}
# rc NAME: the status of run NAME
rc() { cat "$T/$1.rc"; }
# ndb CACHE: how many .db files CACHE/hoso/ holds
ndb() { ls "$1/hoso" 2>/dev/null | grep -c '\.db$'; }
# truth NAME ARGS...: the answer of an index in memory (a fresh cache dir,
# which must stay unmade)
truth() {
	t_n=$1
	shift
	hrun "$t_n" "$T/none-$t_n" --no-cache "$@"
	[ ! -e "$T/none-$t_n" ] ||
	    fail "--no-cache $*: wrote $(find "$T/none-$t_n" | tail -n 1)"
}
# agree NAME CACHE ARGS...: the run with CACHE says what --no-cache says
agree() {
	a_n=$1
	hrun "$@"
	shift 2
	truth "$a_n.mem" "$@"
	same "$a_n" "$a_n.mem" "$*"
}

visa=2023-11-27-vnexpress-mien-visa
vgp=2022-11-13-vgp-gap-kishida-phnom-penh
sgtt=2023-11-27-sgtt-doi-tac-chien-luoc-toan-dien

# --- 1. cold, warm and --no-cache are byte-identical ----------------------
i=0
for mode in --list --topics "--search=thi thuc" "--topic=visas" --check \
    --timeline "--show=$visa"; do
	i=$((i + 1))
	hrun cold$i "$T/k$i" -C content "$mode"
	[ "$(ndb "$T/k$i")" -eq 1 ] ||
	    fail "$mode, cold: $(ndb "$T/k$i") .db files in the cache, not 1: $(ls "$T/k$i/hoso" 2>&1)"
	hrun warm$i "$T/k$i" -C content "$mode"
	[ "$(ndb "$T/k$i")" -eq 1 ] || fail "$mode, warm: $(ndb "$T/k$i") .db files"
	hrun mem$i "$T/m$i" -C content --no-cache "$mode"
	[ -z "$(find "$T/m$i" -type f 2>/dev/null)" ] ||
	    fail "$mode --no-cache wrote $(find "$T/m$i" -type f)"
	same cold$i warm$i "$mode: cold and warm"
	same cold$i mem$i "$mode: cold and --no-cache"
	[ "$(rc cold$i)" -eq 0 ] || fail "$mode on the bundled content: exit $(rc cold$i)"
	[ "$mode" = --check ] || [ -s "$T/cold$i.out" ] || fail "$mode: no output"
done
[ "$(wc -l <"$T/cold1.out")" -eq 5 ] || fail "--list: $(wc -l <"$T/cold1.out") articles, not 5"
[ "$(wc -l <"$T/cold2.out")" -eq 16 ] || fail "--topics: $(wc -l <"$T/cold2.out") topics, not 16"
grep -q '«thị thực»' "$T/cold3.out" || fail "--search 'thi thuc' finds no «thị thực»"
# One corpus, one index, however it is named; its file named after it.
mkdir "$T/Tin tức"
cp -R content/articles content/topics.yaml "$T/Tin tức/"
ln -s "$T/Tin tức" "$T/link"
hrun tt1 "$T/kt" -C "$T/Tin tức" --list
hrun tt2 "$T/kt" -C "$T/link" --list
hrun tt3 "$T/kt" -C "$T/Tin tức/../link/" --list
same tt1 tt2 "the corpus by its name and by a symbolic link"
same tt1 tt3 "the corpus by two paths"
[ "$(ls "$T/kt/hoso" | grep -c '^tin-tuc-[0-9a-f]*\.db$')" -eq 1 ] &&
    [ "$(ndb "$T/kt")" -eq 1 ] ||
    fail "one corpus by three paths: not one tin-tuc-HASH.db: $(ls "$T/kt/hoso")"
cmp -s "$T/tt1.out" "$T/cold1.out" || fail "the copy 'Tin tức' lists otherwise than content/"

# --- 2. changed while hoso was closed ---------------------------------------
E=$T/e
cp -R content "$E"
# An article no milestone cites (those are read whole at every start).
cat >"$E/articles/2020-03-01-kobe.txt" <<'EOF'
---
id: 2020-03-01-kobe
title: Tin cũ về cảng Kobe
date: 2020-03-01
source: Thử nghiệm
---
Tàu hàng Việt Nam cập cảng Kobe sau mười ngày trên biển.
EOF
hrun e0 "$T/ke" -C "$E" --list
has "$T/e0.out" "Tin cũ về cảng Kobe"
# Edited in place (the same file, the same size) right after a run:
# the new title is listed, the new word found, the old one not.
f=$E/articles/2020-03-01-kobe.txt
sed 's/Kobe/Nara/' "$f" >"$T/edit"
[ "$(wc -c <"$T/edit")" -eq "$(wc -c <"$f")" ] || fail "the test's edit changes the size"
cat "$T/edit" >"$f"
agree e1 "$T/ke" -C "$E" --list
has "$T/e1.out" "Tin cũ về cảng Nara"
hasnt "$T/e1.out" "Kobe"
[ "$(grep -c '^2020-03-01-kobe	' "$T/e1.out")" -eq 1 ] || fail "the edited article is not listed once"
agree e1s "$T/ke" -C "$E" --search nara
grep -q '^2020-03-01-kobe	.*cập cảng «Nara»' "$T/e1s.out" || fail "--search nara does not find the edited text"
agree e1k "$T/ke" -C "$E" --search kobe
[ "$(rc e1k)" -eq 1 ] && [ ! -s "$T/e1k.out" ] || fail "--search kobe finds the text as it was"
# A cited article's title edited: listed anew.
f=$E/articles/$visa.txt
sed 's/^title: Chủ tịch nước đề nghị/title: Chủ tịch NƯỚC ĐỀ NGHỊ/' "$f" >"$T/edit"
cat "$T/edit" >"$f"
agree e1v "$T/ke" -C "$E" --list
has "$T/e1v.out" "Chủ tịch NƯỚC ĐỀ NGHỊ Nhật tiến tới miễn visa"
hasnt "$T/e1v.out" "Chủ tịch nước đề nghị Nhật"
# An article added: listed (the newest, first) and found by search.
cat >"$E/articles/2024-05-01-them.txt" <<'EOF'
---
id: 2024-05-01-them
title: Bài mới thêm vào kho lưu trữ
date: 2024-05-01
source: Thử nghiệm
---
Hai nước bàn về thị thực cho du học sinh và lao động kỹ năng.
EOF
agree e2 "$T/ke" -C "$E" --list
[ "$(head -n 1 "$T/e2.out" | cut -f1,4)" = "2024-05-01-them	Bài mới thêm vào kho lưu trữ" ] ||
    fail "the added article is not the first row: $(head -n 1 "$T/e2.out")"
[ "$(wc -l <"$T/e2.out")" -eq 7 ] || fail "7 articles expected after one added"
agree e2s "$T/ke" -C "$E" --search "thi thuc"
grep -q '^2024-05-01-them	.*«thị thực» cho du học sinh' "$T/e2s.out" ||
    fail "search does not find the added article"
# One removed: gone from the list, the search and the topics.
rm "$E/articles/$sgtt.txt"
agree e3 "$T/ke" -C "$E" --list
grep -q "^$sgtt	" "$T/e3.out" && fail "the removed article is still listed"
[ "$(wc -l <"$T/e3.out")" -eq 6 ] || fail "6 articles expected after one removed"
agree e3s "$T/ke" -C "$E" --search "thi thuc"
grep -q "^$sgtt	" "$T/e3s.out" && fail "search still finds the removed article"
agree e3t "$T/ke" -C "$E" --topics
# The map edited: a keyword added to 'visas' counts its mentions.
cp "$E/topics.yaml" "$T/map.orig"
sed 's/keywords: \[visa, thị thực,/keywords: [visa, Kishida, thị thực,/' \
    "$T/map.orig" >"$E/topics.yaml"
cmp -s "$T/map.orig" "$E/topics.yaml" && fail "the test's map edit changed nothing"
agree e4 "$T/ke" -C "$E" --topics
v0=$(grep '^visas	' "$T/e3t.out" | cut -f3,4)
v1=$(grep '^visas	' "$T/e4.out" | cut -f3,4)
[ -n "$v1" ] && [ "$v1" != "$v0" ] ||
    fail "a keyword added to visas: mentions and articles still '$v0'"
agree e4t "$T/ke" -C "$E" --topic visas
has "$T/e4t.out" "Kishida"
# ... and put back as it was: the counts of before.
cp "$T/map.orig" "$E/topics.yaml"
agree e5 "$T/ke" -C "$E" --topics
cmp -s "$T/e5.out" "$T/e3t.out" || fail "the map put back: --topics not as before"
# A duplicate id added beside an indexed article, its name first: it wins.
sed 's/^title: .*/title: Bản sao đứng trước/' "$E/articles/$vgp.txt" \
    >"$E/articles/0000-copy.txt"
agree e6 "$T/ke" -C "$E" --list
[ "$(rc e6)" -eq 1 ] || fail "a duplicate id: exit $(rc e6), not 1"
has "$T/e6.err" "$E/articles/$vgp.txt: error: duplicate article id '$vgp' (also $E/articles/0000-copy.txt); skipped"
[ "$(grep "^$vgp	" "$T/e6.out" | cut -f4)" = "Bản sao đứng trước" ] ||
    fail "the first file by name does not win: $(grep "^$vgp	" "$T/e6.out" | cut -f4)"
# Duplicates in a corpus never indexed: cold and warm say the same.
D=$T/d
cp -R content "$D"
sed 's/^title: .*/title: Bản sao đứng trước/' "$D/articles/$vgp.txt" >"$D/articles/0000-copy.txt"
sed 's/^title: .*/title: Bản sao đứng sau/' "$D/articles/$visa.txt" >"$D/articles/zzzz-copy.txt"
hrun d1 "$T/kd" -C "$D" --list
hrun d2 "$T/kd" -C "$D" --list
truth d3 -C "$D" --list
same d1 d2 "duplicate ids: cold and warm"
same d1 d3 "duplicate ids: cold and --no-cache"
[ "$(rc d1)" -eq 1 ] || fail "duplicate ids: exit $(rc d1), not 1"
[ "$(grep -c 'error: duplicate article id' "$T/d1.err")" -eq 2 ] ||
    { cat "$T/d1.err"; fail "not two duplicate id errors"; }
has "$T/d1.err" "$D/articles/zzzz-copy.txt: error: duplicate article id '$visa' (also $D/articles/$visa.txt); skipped"
has "$T/d1.err" "$D/articles/$vgp.txt: error: duplicate article id '$vgp' (also $D/articles/0000-copy.txt); skipped"
[ "$(grep "^$vgp	" "$T/d1.out" | cut -f4)" = "Bản sao đứng trước" ] ||
    fail "0000-copy.txt is first by name, yet not listed"
grep -q "Bản sao đứng sau" "$T/d1.out" && fail "zzzz-copy.txt is last by name, yet listed"
# Two corpora of the same name in one cache: each its own answer.
mkdir "$T/other"
cp -R "$E" "$T/other/content"
rm "$T/other/content/articles/$visa.txt"
agree o1 "$T/ke" -C "$T/other/content" --list
hrun o2 "$T/ke" -C "$E" --list
cmp -s "$T/o2.out" "$T/e6.out" || fail "another corpus named 'content' changed the answer for $E"
grep -q "^$visa	" "$T/o1.out" && fail "the other 'content' lists an article it does not hold"

# --- 3. bad articles: their diagnostics replayed from the index -----------
B=$T/b
cp -R content "$B"
printf 'Chỉ có chữ, không có phần đầu.\n' >"$B/articles/khong-dau.txt"
printf -- '---\nid: yaml-hong\ntitle: [unclosed\ndate: 2023-01-01\n---\nThân bài.\n' \
    >"$B/articles/yaml-hong.txt"
printf -- '---\nid: ngay-sai\ntitle: Ngày sai\ndate: 2023-02-30\n---\nThân bài.\n' \
    >"$B/articles/ngay-sai.txt"
for m in --check --list; do
	hrun b1$m "$T/kb" -C "$B" $m
	hrun b2$m "$T/kb" -C "$B" $m
	truth b3$m -C "$B" $m
	same b1$m b2$m "bad articles, $m: cold and warm"
	same b1$m b3$m "bad articles, $m: cold and --no-cache"
	[ "$(rc b1$m)" -eq 1 ] || fail "bad articles, $m: exit $(rc b1$m), not 1"
	has "$T/b1$m.err" "$B/articles/khong-dau.txt:1:1: error: missing front matter"
	has "$T/b1$m.err" "$B/articles/yaml-hong.txt:4:5: error: YAML syntax"
	has "$T/b1$m.err" "$B/articles/ngay-sai.txt:4:7: error: date: invalid date '2023-02-30'"
done
[ "$(wc -l <"$T/b1--list.out")" -eq 5 ] || fail "a bad article was listed"
# One mended: its error gone, it is listed.
printf -- '---\nid: yaml-hong\ntitle: Đã sửa\ndate: 2023-01-01\n---\nThân bài.\n' \
    >"$B/articles/yaml-hong.txt"
agree b4 "$T/kb" -C "$B" --list
hasnt "$T/b4.err" "yaml-hong.txt"
has "$T/b4.out" "Đã sửa"
has "$T/b4.err" "khong-dau.txt:1:1: error: missing front matter"

# A corpus without articles/: one error, as with no cache at all (issue 10:
# "not a corpus", exit 2); not a cache problem (no warning about keeping
# the index in memory).
mkdir -p "$T/noart"
agree na "$T/kna" -C "$T/noart" --check
[ "$(grep -c 'not a corpus' "$T/na.err")" -eq 1 ] ||
    fail "no articles/: the error is said $(grep -c 'not a corpus' "$T/na.err") times, not once"
grep -q 'kept in memory' "$T/na.err" &&
    fail "no articles/: taken for a cache that cannot be used"
[ "$(rc na)" -eq 2 ] || fail "no articles/: exit $(rc na), not 2"

# --- 4. --rebuild-index ---------------------------------------------------
for m in --list --check; do
	hrun r$m "$T/k1" -C content --rebuild-index $m
done
same r--list warm1 "--rebuild-index --list and a warm run"
same r--check warm5 "--rebuild-index --check and a warm run"
[ "$(ndb "$T/k1")" -eq 1 ] || fail "--rebuild-index: $(ndb "$T/k1") .db files, not 1"
hrun r2 "$T/k1" -C content --list
same r2 warm1 "a warm run after --rebuild-index"
hrun r3 "$T/kr" -C content --rebuild-index --list
same r3 warm1 "--rebuild-index with no index yet"
for order in "--no-cache --rebuild-index" "--rebuild-index --no-cache"; do
	hrun nr "$T/knr" -C content $order --list
	[ "$(rc nr)" -eq 2 ] || fail "$order: exit $(rc nr), not 2"
	[ ! -s "$T/nr.out" ] || fail "$order: wrote to stdout"
	grep -q -- "--no-cache" "$T/nr.err" && grep -q -- "--rebuild-index" "$T/nr.err" ||
	    fail "$order: stderr does not name the two options: $(cat "$T/nr.err")"
	[ ! -e "$T/knr" ] || fail "$order: wrote to the cache"
done

# --- 5. a cache that cannot be used -----------------------------------------
# unusable NAME WHAT PROBLEM [ENV...]: with env ENV, --list and --check
# answer as with a good cache; stderr has a warning naming PROBLEM (a
# path or a cause), and otherwise what a good cache gives.
unusable() {
	n=$1 what=$2 problem=$3
	shift 3
	for m in --list --check; do
		env "$@" "$HOSO" -C content $m >"$T/$n$m.out" 2>"$T/$n$m.err"
		echo $? >"$T/$n$m.rc"
		[ "$m" = --list ] && good=warm1 || good=warm5
		cmp -s "$T/$n$m.out" "$T/$good.out" || fail "$what, $m: stdout not as with a good cache"
		cmp -s "$T/$n$m.rc" "$T/$good.rc" ||
		    fail "$what, $m: exit $(rc $n$m), with a good cache $(rc $good)"
		grep -F -- "$problem" "$T/$n$m.err" | grep -q "warning" ||
		    fail "$what, $m: no warning naming '$problem': $(cat "$T/$n$m.err")"
		grep -v "warning" "$T/$n$m.err" | cmp -s - "$T/$good.err" ||
		    fail "$what, $m: stderr has more than the warning: $(cat "$T/$n$m.err")"
	done
}
: >"$T/plainfile"
unusable u1 "XDG_CACHE_HOME a regular file" "$T/plainfile" XDG_CACHE_HOME="$T/plainfile"
mkdir -p "$T/u2"
: >"$T/u2/hoso"
unusable u2 "XDG_CACHE_HOME/hoso a regular file" "$T/u2/hoso" XDG_CACHE_HOME="$T/u2"
# Unwritable directories: by mode; as root (whom modes do not stop),
# immutable where the file system allows it.
mkdir -p "$T/u3" "$T/u4/hoso"
if [ "$(id -u)" -ne 0 ]; then
	chmod 555 "$T/u3" "$T/u4/hoso"
	lockdesc="mode 555"
elif chattr +i "$T/u3" "$T/u4/hoso" 2>/dev/null; then
	LOCKED="$T/u3 $T/u4/hoso"
	lockdesc="immutable"
fi
if ( : >"$T/u3/x" ) 2>/dev/null || ( : >"$T/u4/hoso/x" ) 2>/dev/null; then
	echo "skip: no way to make an unwritable directory here (root without chattr +i)"
	rm -f "$T/u3/x" "$T/u4/hoso/x"
else
	unusable u3 "XDG_CACHE_HOME unwritable ($lockdesc)" "$T/u3/hoso" XDG_CACHE_HOME="$T/u3"
	unusable u4 "XDG_CACHE_HOME/hoso unwritable ($lockdesc)" "$T/u4/hoso/content-" \
	    XDG_CACHE_HOME="$T/u4"
	[ -z "$(ls "$T/u4/hoso")" ] || fail "an unwritable cache directory got $(ls "$T/u4/hoso")"
fi
# The .db's place taken by a directory.
db1=$(ls "$T/k1/hoso")
mkdir -p "$T/u5/hoso/$db1"
unusable u5 "the index's path a directory" "$T/u5/hoso/$db1" XDG_CACHE_HOME="$T/u5"
# Neither XDG_CACHE_HOME nor HOME: in memory, with a warning.
unusable u6 "HOME and XDG_CACHE_HOME unset" "XDG_CACHE_HOME" -u HOME -u XDG_CACHE_HOME
# No XDG_CACHE_HOME, or an empty or relative one: HOME/.cache.  Run from
# $T so that a relative directory made by mistake is seen and thrown away.
mkdir "$T/home"
for v in unset empty relative; do
	case $v in
	unset) set -- -u XDG_CACHE_HOME ;;
	empty) set -- XDG_CACHE_HOME= ;;
	relative) set -- XDG_CACHE_HOME=rel/cache ;;
	esac
	(cd "$T" && env "$@" HOME="$T/home" "$HOSO" -C "$ROOT/content" --list \
	    >"$T/h$v.out" 2>"$T/h$v.err"; echo $? >"$T/h$v.rc")
	same h$v warm1 "XDG_CACHE_HOME $v, HOME set"
	[ "$(ndb "$T/home/.cache")" -eq 1 ] ||
	    fail "XDG_CACHE_HOME $v: no index in \$HOME/.cache/hoso/"
	[ ! -e "$T/rel" ] || fail "XDG_CACHE_HOME relative: made $T/rel"
done

# --- 6. a damaged index is made anew --------------------------------------
# garbage N: N bytes that are no database
garbage() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "%c", 33 + (i * 7) % 90 }'; }
hrun g0 "$T/kg" -C content --list
db=$T/kg/hoso/$(ls "$T/kg/hoso")
size=$(wc -c <"$db")
for how in garbage header middle truncated empty; do
	case $how in
	garbage) garbage "$size" >"$T/bad.db" ;;
	header) { head -c 100 "$db"; garbage $((size - 100)); } >"$T/bad.db" ;;
	middle) { head -c 8192 "$db"; garbage $((size - 16384)); tail -c 8192 "$db"; } >"$T/bad.db" ;;
	truncated) head -c $((size / 3)) "$db" >"$T/bad.db" ;;
	empty) : >"$T/bad.db" ;;
	esac
	cp "$T/bad.db" "$db"
	for m in --list --check --topics; do
		[ "$m" = --list ] && good=warm1 || { [ "$m" = --check ] && good=warm5 || good=warm2; }
		hrun g1 "$T/kg" -C content $m
		cmp -s "$T/g1.out" "$T/$good.out" && cmp -s "$T/g1.rc" "$T/$good.rc" ||
		    fail "a damaged index ($how), $m: exit $(rc g1), output not the corpus's"
		# rebuilt, not only worked around: the next run is plain
		hrun g2 "$T/kg" -C content $m
		same g2 $good "the run after a damaged index ($how), $m"
	done
	[ "$(ndb "$T/kg")" -eq 1 ] || fail "a damaged index ($how): $(ls "$T/kg/hoso")"
	db=$T/kg/hoso/$(ls "$T/kg/hoso" | grep '\.db$')
	size=$(wc -c <"$db")
done

# --- 7, 8: a generated corpus ----------------------------------------------
cc -std=c11 -O2 -D_GNU_SOURCE -o "$T/gen" tests/bench/gen.c -lunistring 2>"$T/cc.err" ||
    { cat "$T/cc.err"; fail "tests/bench/gen.c does not build"; done_; }
"$T/gen" content "$T/g" 3000 >/dev/null || fail "gen content g 3000"
truth gl -C "$T/g" --list
truth gc -C "$T/g" --check
[ "$(wc -l <"$T/gl.out")" -eq 3005 ] || fail "--no-cache --list of 3,005 articles: $(wc -l <"$T/gl.out") rows"
[ "$(rc gl)" -eq 0 ] && [ "$(rc gc)" -eq 0 ] || fail "the generated corpus is not clean: $(head -n 3 "$T/gc.err")"

# 7. Two instances at once on a fresh cache.
XDG_CACHE_HOME=$T/ktwo "$HOSO" -C "$T/g" --list >"$T/p1.out" 2>"$T/p1.err" &
p1=$!
XDG_CACHE_HOME=$T/ktwo "$HOSO" -C "$T/g" --check >"$T/p2.out" 2>"$T/p2.err" &
p2=$!
wait $p1
echo $? >"$T/p1.rc"
wait $p2
echo $? >"$T/p2.rc"
same p1 gl "the first of two instances at once (--list)"
same p2 gc "the second of two instances at once (--check)"
hrun p3 "$T/ktwo" -C "$T/g" --list
same p3 gl "a warm run after two at once"
[ "$(ndb "$T/ktwo")" -eq 1 ] || fail "two instances at once: $(ls "$T/ktwo/hoso")"

# 8. kill -9 during a first index (early, then after some batches; the
# shell says "Killed"), then
# a warm run gives the whole corpus.
# dbsize: the bytes of the index and its write-ahead log
dbsize() { cat "$T"/kkill/hoso/* 2>/dev/null | wc -c; }
for at in 0.3s "1 MB more"; do
	s0=$(dbsize)
	XDG_CACHE_HOME=$T/kkill "$HOSO" -C "$T/g" --check >/dev/null 2>&1 &
	p=$!
	if [ "$at" = 0.3s ]; then
		sleep 0.3
	else
		# once a batch or two are committed
		k=0
		while [ $k -lt 600 ] && [ $(($(dbsize) - s0)) -lt 1000000 ]; do
			sleep 0.05
			k=$((k + 1))
		done
	fi
	kill -9 $p 2>/dev/null
	wait $p 2>/dev/null
	st=$?
	[ "$st" -eq 137 ] ||
	    fail "hoso --check ended (status $st) before kill -9 at $at: nothing tested"
done
hrun k1 "$T/kkill" -C "$T/g" --list
same k1 gl "--list after kill -9 during the first index"
hrun k2 "$T/kkill" -C "$T/g" --check
same k2 gc "--check after kill -9 during the first index"
hrun k3 "$T/kkill" -C "$T/g" --search "hợp tác"
truth k3m -C "$T/g" --search "hợp tác"
same k3 k3m "--search after kill -9 during the first index"
done_
