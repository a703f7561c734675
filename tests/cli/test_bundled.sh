#!/bin/sh
# The bundled dossier (issue 3): valid, complete, free of site chrome.
. tests/cli/lib.sh
run --check
status 0
[ -s $T/out ] && fail "--check printed on stdout"
[ -s $T/err ] && { cat $T/err; fail "--check printed diagnostics"; }

run --list
status 0
[ "$(wc -l <$T/out)" -eq 5 ] || fail "expected five articles"
has $T/out "2023-11-27-vnexpress-mien-visa	2023-11-27	VnExpress	Chủ tịch nước đề nghị Nhật tiến tới miễn visa cho người Việt	"
has $T/out "2023-11-27-sgtt-doi-tac-chien-luoc-toan-dien	2023-11-27	Sài Gòn Tiếp Thị – SGTT (theo TTXVN)	"
has $T/out "2023-11-27-vnexpress-tuyen-bo-chung	2023-11-27	VnExpress	Việt - Nhật nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện	"
has $T/out "2022-11-13-vgp-gap-kishida-phnom-penh	2022-11-13	Báo Điện tử Chính phủ (VGP)	"
has $T/out "2021-11-22-vov-doi-tac-sau-rong	2021-11-22	"
grep -q "_" $T/out && grep "_" $T/out | cut -f4 | grep -q "_" && fail "an underscore in a title"

for id in $(cut -f1 $T/out); do
	"$HOSO" --show "$id" -w 100 >$T/show || fail "--show $id"
	for chrome in "BÌNH LUẬN" "Vui lòng nhập" "Cùng chủ đề" "Tin bài liên quan" \
	    "Các tin bài khác" "Đọc nhiều" "Đừng bỏ lỡ" "Tin mới" "Đăng nhập" \
	    "Đăng ký ấn phẩm" "Thứ sáu, Tháng mười một 22, 2024" "Trang chủ" \
	    "infographic" "Infographic" "[Video]" "Xin chờ trong giây lát" \
	    "Phiên bản di động"; do
		grep -qF "$chrome" $T/show && fail "$id shows chrome: $chrome"
	done
	grep -qE '[[:alpha:]]_[[:alpha:]]' $T/show && fail "$id: underscore between words"
	grep -qE ' [,.;:!?]( |$)' $T/show && fail "$id: space before punctuation"
done

run --topics
status 0
[ "$(wc -l <$T/out)" -ge 10 ] || fail "fewer than ten topics"
for t in oda visas defense maritime; do
	n=$(awk -F'\t' -v t=$t '$1 == t { print $4 }' $T/out)
	[ "${n:-0}" -ge 2 ] || fail "topic $t is in ${n:-0} articles"
done

run --timeline
status 0
[ "$(wc -l <$T/out)" -ge 15 ] || fail "fewer than fifteen milestones"
cut -f1 $T/out | cut -d/ -f1 >$T/dates
sort -c $T/dates || fail "timeline not in date order"
for d in "1973-09-21	" "1992	" "2009	" "2014-03	" "2021-09	" \
    "2021-11-22/2021-11-25	" "2022-11-13	" "2023	Năm kỷ niệm 50 năm" "2023-11-27	Nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện"; do
	grep -qF "$d" $T/out || fail "no milestone $d"
done
grep -q "^2045	.*	target$" $T/out || fail "no 2045 target"
grep -q "^1973-09-21	.*	event$" $T/out || fail "1973 is not an event"
"$HOSO" --show 2021-11-22-vov-doi-tac-sau-rong >/dev/null || fail "show 003"
done_
