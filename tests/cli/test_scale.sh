#!/bin/sh
# 10,000 generated articles load, index and list within a few seconds: a
# regression to a quadratic step would take minutes.  The measured time is
# printed; the limit is generous (a quadratic step takes minutes) because
# CI machines are shared; the speed target itself is in make bench.
. tests/cli/lib.sh
mkdir -p $T/big/articles
cp $FIX/corpus/topics.yaml $T/big/
sed -i '/^timeline:/,$d' $T/big/topics.yaml
body=$(sed '1,/^---$/d' $FIX/corpus/articles/alpha.txt | tr '\n' ' ')
awk -v dir=$T/big/articles -v body="$body" 'BEGIN {
	for (i = 0; i < 10000; i++) {
		f = sprintf("%s/a%05d.txt", dir, i)
		printf "---\ntitle: Bài %d về thị thực\ndate: %d-%02d-%02d\nsource: Nguồn %d\n---\n", i, 2000 + i % 24, 1 + i % 12, 1 + i % 28, i % 7 > f
		for (p = 0; p < 6; p++)
			printf "%s Đoạn %d của bài %d.\n\n", body, p, i > f
		close(f)
	}
}'
start=$(date +%s%N)
run -C $T/big --list
end=$(date +%s%N)
status 0
ms=$(( (end - start) / 1000000 ))
size=$(du -sm $T/big | cut -f1)
echo "10,000 articles (${size} MB): loaded, indexed and listed in ${ms} ms"
[ "$(wc -l <$T/out)" -eq 10000 ] || fail "expected 10,000 lines"
limit=30000; [ "${SAN:-0}" = 1 ] && limit=120000
[ "$ms" -lt "$limit" ] || fail "took ${ms} ms"
run -C $T/big --search "thị thực"
status 0
[ "$(wc -l <$T/out)" -eq 120000 ] || fail "expected 120,000 matches, got $(wc -l <$T/out)"
done_
