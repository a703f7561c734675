#!/bin/sh
# A word-segmented article reads as normal Vietnamese.
. tests/cli/lib.sh
run -C $FIX/corpus --show seg -w 70
status 0
has $T/out "Chủ tịch nước đề nghị Nhật tiến tới miễn visa"
has $T/out "Chủ tịch nước Võ Văn Thưởng mong Nhật Bản nới lỏng thủ tục nhập"
has $T/out '(quan hệ) "đối tác".'
has $T/out "config_file.yaml và biến user_id giữ nguyên, xem"
has $T/out "https://example.com/a_b_c"
has $T/out "ban_bien_tap@example.com."
grep -E '[[:alpha:]]_[[:alpha:]]' $T/out | grep -vE 'config_file|user_id|a_b_c|ban_bien_tap' \
	&& fail "an underscore joins two words"
grep -E ' [,.;:!?)]' $T/out && fail "a space before punctuation"
grep -E '\( ' $T/out && fail "a space after an opening bracket"
# segmented: false keeps the underscores
sed 's/^date: 2023-11-28$/date: 2023-11-28\nsegmented: false/' $FIX/corpus/articles/seg.txt >$T/raw.txt
mkdir -p $T/c/articles && cp $T/raw.txt $T/c/articles/seg.txt && printf 'topics: []\n' >$T/c/topics.yaml
run -C $T/c --show seg -w 70
has $T/out "Chủ_tịch nước"
done_
