#!/bin/sh
# A word-segmented article reads as normal Vietnamese, except where the
# underscores belong to the token: hashtags, URLs written without their
# scheme and code in backticks; straight single quotes pair like double
# ones, and apostrophes inside words stay.
. tests/cli/lib.sh
mkdir -p $T/c/articles
printf 'topics: []\n' >$T/c/topics.yaml
cat >$T/c/articles/tags.txt <<'END'
---
title: Chủ_tịch nước thăm Nhật_Bản
date: 2024-03-01
source: Báo Thử
---
Chủ_tịch nước Võ_Văn_Thưởng gọi Nhật_Bản là ' đối_tác chiến_lược ' , theo vi.wikipedia.org/wiki/Võ_Văn_Thưởng và www.x.vn/a_b .

Cư_dân_mạng chia_sẻ #viet_nam_dep và #Việt_Nam_tươi_đẹp ; biến `so_luong` và `f( Nhật_Bản )` giữ nguyên .

Nhà_báo Nhật's nói " don't worry " với ' bạn_bè ' .
END
run -C $T/c --show tags -w 200
status 0
has $T/out "Chủ tịch nước thăm Nhật Bản"
has $T/out "Chủ tịch nước Võ Văn Thưởng gọi Nhật Bản là 'đối tác chiến lược', theo vi.wikipedia.org/wiki/Võ_Văn_Thưởng và www.x.vn/a_b."
has $T/out "Cư dân mạng chia sẻ #viet_nam_dep và #Việt_Nam_tươi_đẹp; biến \`so_luong\` và \`f( Nhật_Bản )\` giữ nguyên."
has $T/out "Nhà báo Nhật's nói \"don't worry\" với 'bạn bè'."
done_
