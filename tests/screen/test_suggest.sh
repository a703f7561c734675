#!/bin/sh
# A topic's "Possible mentions" (issue 11, map suggestions): the page of
# a topic ends with the articles that name it without a keyword, each
# with its sentence; following one opens the article at that sentence,
# highlighted, and Backspace comes back.
. tests/screen/lib.sh

scr_context "100x30 suggest fixture"
XDG_CACHE_HOME=$SCR_TMP/cache
export XDG_CACHE_HOME
scr_start 100 30 C.UTF-8 -- -C tests/fixtures/suggest
scr_wait "Articles" || scr_done
# Topics, in title order: Cảng biển, then Lúa gạo ...
scr_keys 3
scr_wait "Cảng biển"
scr_keys j
scr_wait "┃ Lúa gạo và an ninh lương thực"
scr_keys l G
scr_wait "Possible mentions"
scr_has "Hints: articles that name the topic but match none of"
scr_has "2024-04-20 · Báo B — Hội thảo ở Cần Thơ"
scr_has "Các chuyên gia bàn về an ninh lương thực trong bối"
scr_has "Giá phân bón tăng khiến người trồng lúa gạo lo lắng."
# The last link of the page: the second possible mention (its heading
# and its sentence are one link).
scr_keys BTab
scr_settle
link=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
case $link in
*"Phân bón tăng giá"*) ;;
*) scr_fail "the last link is not the last possible mention: \"$link\"";;
esac
scr_keys Enter
scr_wait "Phân bón tăng giá"
scr_settle
target=$(scr_styled "$ST_TARGET" | tr '\n' ' ')
case $target in
*"Giá phân bón tăng khiến người trồng lúa gạo lo lắng."*) ;;
*) scr_fail "the sentence is not highlighted in the article (got \"$target\")";;
esac
scr_keys BSpace
scr_wait "Possible mentions"
scr_done
