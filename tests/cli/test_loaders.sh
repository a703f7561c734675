#!/bin/sh
# The article loader's defects: duplicate ids beyond two, hostile file
# names on stderr, invalid dates and segmented values.
. tests/cli/lib.sh
mkdir -p $T/c/articles
printf 'topics:\n  - id: t\n    title: T\n    keywords: [zzz]\n' >$T/c/topics.yaml
for n in a b c d; do
	printf -- '---\nid: dup\ntitle: Copy %s\ndate: 2023-01-0%s\n---\nBody %s.\n' \
	    $n 1 $n >$T/c/articles/$n.txt
done
run -C $T/c --list
status 1
[ "$(grep -c '^dup	' $T/out)" -eq 1 ] || { cat $T/out; fail "id dup listed $(grep -c '^dup	' $T/out) times"; }
has $T/out "Copy a"
for n in b c d; do
	has $T/err "$T/c/articles/$n.txt: error: duplicate article id 'dup' (also $T/c/articles/a.txt); skipped"
done
[ "$(grep -c 'duplicate article id' $T/err)" -eq 3 ] || { cat $T/err; fail "not three duplicate errors"; }

# A file name with an OSC sequence: no ESC or BEL byte reaches stderr.
rm $T/c/articles/*.txt
name=$(printf 'x\033]0;PWN\007.txt')
printf -- '---\ntitle: Hostile name\ndate: 2023\n---\nBody.\n' >"$T/c/articles/$name"
run -C $T/c --list
status 1
! grep -q "$(printf '\033')" $T/err || fail "ESC on stderr"
! grep -q "$(printf '\007')" $T/err || fail "BEL on stderr"
has $T/err "articles/x^[]0;PWN^G.txt: error: file name "

# An invalid date or segmented value skips the article, in line order.
rm "$T/c/articles/$name"
printf -- '---\ntitle: Bad date\ndate: 2023-02-30\n---\nBody.\n' >$T/c/articles/bad-date.txt
printf -- '---\ndate: 2024-13\nsegmented: yes\ntitle: Bad seg\n---\nBody.\n' >$T/c/articles/bad-seg.txt
printf -- '---\ntitle: Good\ndate: 2023\n---\nBody.\n' >$T/c/articles/good.txt
run -C $T/c --list
status 1
[ "$(cut -f1 $T/out)" = good ] || { cat $T/out; fail "a bad article was listed"; }
has $T/err "bad-date.txt:3:7: error: date: invalid date '2023-02-30'"
grep "bad-seg.txt" $T/err | sed 's/^[^:]*:\([0-9]*\):.*/\1/' | tr '\n' ' ' >$T/order
[ "$(cat $T/order)" = "2 3 " ] || { cat $T/err; fail "bad-seg.txt messages not in line order: $(cat $T/order)"; }
done_
