#!/bin/sh
# Following each kind of link and coming back (issue 4 acceptance):
#  - an article's highlighted mention -> its topic;
#  - a topic's related topic -> that topic;
#  - a topic's passage -> the article at the passage, highlighted;
#  - Backspace three times -> the first article at the same position;
#    f goes forward again;
#  - a timeline source -> the article with the quote visible and
#    highlighted, and back;
#  - an entry of "Topics in this article" -> its topic, and back.
. tests/screen/lib.sh

# same_as SNAPSHOT WHAT: the detail pane shows what it showed then.
same_as() {
	scr_settle
	scr_detail >"$SCR_TMP/now"
	if ! cmp -s "$SCR_TMP/$1" "$SCR_TMP/now"; then
		scr_fail "$2: not the same place as before:"
		diff "$SCR_TMP/$1" "$SCR_TMP/now" | head -n 10
	fi
}

# The Vietnamese part of "Title / English title ×3".
vi_part() {
	printf '%s\n' "$1" | sed 's| / .*||; s| ×[0-9]*$||; s|^…||'
}

for lang in C.UTF-8 C; do
	scr_context "120x40 LANG=$lang"
	scr_start 120 40 "$lang" LANGUAGE=vi
	scr_wait "Bài báo" || continue

	# Read into the first article, to the middle of a paragraph.
	scr_keys l j j j j j j j j j j j j
	scr_settle
	scr_detail >"$SCR_TMP/article1"

	# A mention: Tab selects the first one; Enter lands on its topic,
	# whose keywords contain the mention's words.
	scr_keys Tab
	scr_settle
	mention=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
	[ -n "$mention" ] || scr_fail "Tab selected no link in the article"
	scr_keys Enter
	scr_wait_pane "Chủ đề"
	scr_settle
	topic1=$(scr_detail | head -n 1 | sed 's/^ *//; s/ *$//')
	[ -n "$topic1" ] || scr_fail "no topic title after following \"$mention\""
	scr_detail >"$SCR_TMP/topic1"
	grep -qiF -- "$mention" "$SCR_TMP/topic1" ||
	    scr_fail "topic \"$topic1\" does not list the keyword \"$mention\""

	# A related topic.
	scr_keys Tab
	scr_settle
	related=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
	rel_vi=$(vi_part "$related")
	[ -n "$rel_vi" ] || scr_fail "Tab selected no related topic"
	scr_keys Enter
	scr_wait "┃ $rel_vi"
	[ "$(scr_detail | head -n 1 | sed 's/^ *//; s/ *$//')" = "$rel_vi" ] ||
	    scr_fail "related topic \"$rel_vi\" is not the one shown"

	# A passage (the last link of the topic): opens its article with
	# the passage highlighted.
	scr_keys G BTab
	scr_settle
	scr_detail >"$SCR_TMP/topic2"
	passage=$(scr_styled "$ST_LINK_FOCUS" | head -n 1 | sed 's/^…//; s/…$//')
	[ -n "$passage" ] || scr_fail "no passage link at the end of the topic"
	scr_keys Enter
	scr_wait_pane "Bài báo"
	scr_settle
	target=$(scr_styled "$ST_TARGET" | tr '\n' ' ')
	[ -n "$target" ] || scr_fail "the passage is not highlighted"
	words=$(printf '%s\n' "$passage" | awk '{ print $2, $3, $4 }')
	case $target in
	*"$words"*) ;;
	*) scr_fail "highlighted \"$target\" is not the passage \"$passage\"";;
	esac

	# Back three times: the related topic, the first topic, the first
	# article, each exactly where it was.
	scr_keys BSpace
	scr_wait_pane "Chủ đề"
	same_as topic2 "back to the related topic"
	scr_keys BSpace
	scr_wait "┃ $topic1"
	same_as topic1 "back to the first topic"
	scr_keys BSpace
	scr_wait_pane "Bài báo"
	same_as article1 "Backspace x3, back to the first article"
	# And forward again.
	scr_keys f
	scr_wait "┃ $topic1"

	# A timeline source opens the article at the quote, highlighted.
	scr_keys 2 l
	scr_wait_pane "Dòng thời gian"
	scr_wait "┃ Nguồn"
	i=0
	src=
	while [ $i -lt 6 ]; do
		scr_keys Tab
		scr_settle
		src=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
		case $src in
		[12][0-9][0-9][0-9]*) break;;
		esac
		i=$((i + 1))
	done
	case $src in
	[12][0-9][0-9][0-9]*) ;;
	*) scr_fail "no source link on the first milestone";;
	esac
	quote=$(scr_capture | sed -n 's/.*┃ *“\(.*\)/\1/p' | head -n 1 |
	    awk '{ print $1, $2, $3, $4 }')
	scr_keys Enter
	scr_wait_pane "Bài báo"
	scr_settle
	target=$(scr_styled "$ST_TARGET" | tr '\n' ' ')
	case $target in
	*"$quote"*) ;;
	*) scr_fail "quote \"$quote\" not shown highlighted (got \"$target\")";;
	esac
	scr_keys BSpace
	scr_wait_pane "Dòng thời gian"
	scr_wait "┃ Nguồn"

	# "Topics in this article": the last link of an article.
	scr_keys 1 l G BTab
	scr_settle
	entry=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
	entry_vi=$(vi_part "$entry")
	[ -n "$entry_vi" ] || scr_fail "no topic entry at the end of the article"
	scr_keys Enter
	scr_wait "┃ $entry_vi"
	scr_keys BSpace
	scr_wait_pane "Bài báo"
	scr_wait "Chủ đề trong bài"
	scr_dead && scr_fail "hoso died"
	scr_quit
done
scr_done
