#!/bin/sh
# Calm colours: mentions are quiet (underlined, the text's colour) unless
# their topic is the one the reader came from (a coverage row of a
# topic's page) or the one under the link cursor; `c` colours every
# topic and says so; the topics' palette (the Topics view's swatches) is
# none of the title, tab, key or link-cursor colours; in mono and
# NO_COLOR every meaning (link, link cursor, selection, search hit,
# mention) has attributes of its own.  At 80x24, 120x40, 40x12 and under
# LANG=C.
. tests/screen/lib.sh

CACHE=$(mktemp -d "${TMPDIR:-/tmp}/hoso-calm.XXXXXX")
trap 'rm -rf "$CACHE"; scr_cleanup' EXIT

# The style of every occurrence of $1 above the status line.
styles_of() {
	scr_capture -e | sed '$d' |
	    LC_ALL=C awk -v needle="$1" -v first=0 "$SCR_SGR_AWK"
}

# Text drawn underlined in one of the colours given (a strong mention).
strong_in() {
	for c in "$@"; do
		scr_styled "fg=$c bg=default attrs=[a-z]*u"
	done
}

# Waits until $1 (a style regexp for scr_styled) shows.
wait_styled() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		[ -n "$(scr_styled "$1")" ] && return 0
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "nothing drawn in style $1"
	return 1
}

# The detail pane's text: the whole screen in a single-pane layout.
detail_text() {
	if [ "$1" -le 40 ]; then
		scr_capture | sed -n '3,$p' | sed '$d'
	else
		scr_detail
	fi
}

# Presses Tab until the link cursor is on a coverage row (its bar).
tab_to_coverage() {
	k=0
	while [ $k -lt 8 ]; do
		scr_keys Tab
		scr_settle
		scr_styled "$ST_LINK_FOCUS" | grep -q "█" && return 0
		k=$((k + 1))
	done
	scr_fail "Tab never reached a coverage row"
	return 1
}

# ---- the palette, from the swatches of the Topics view -----------------

scr_context "palette 120x40"
scr_start 120 40 C.UTF-8 XDG_CACHE_HOME="$CACHE"
scr_wait "Articles"
scr_keys 3
scr_wait "Related topics"
scr_settle
PALETTE=$(styles_of "▍" | sed 's/^fg=\([^ ]*\) .*/\1/' | sort -u)
n=$(printf '%s\n' "$PALETTE" | grep -c '^[0-9][0-9]*$')
[ "$n" -eq 16 ] || scr_fail "16 topics, $n swatch colours: $PALETTE"
# The swatch is the topic's colour without the underline of a mention.
styles_of "▍" | grep -q "attrs=[a-z]*u" && scr_fail "a swatch is underlined"
# Not the title's, the tabs', the status keys' or the link cursor's.
ui=$( { styles_of "Agriculture and farm exports" | tail -n 1
	styles_of "1 Articles" | head -n 1; styles_of "2 Timeline" | head -n 1
	echo "$ST_LINK_FOCUS fg=16"
	scr_capture -e | tail -n 1 | grep -o '[34]8;5;[0-9]*' |
	    sed 's/^[34]8;5;/fg=/'; } |
    grep -o '[fb]g=[0-9]*' | cut -d= -f2 | sort -u)
for c in $PALETTE; do
	for u in $ui; do
		[ "$c" = "$u" ] &&
		    scr_fail "topic colour $c is also a UI colour ($(echo $ui))"
	done
done
[ -n "$ui" ] || scr_fail "no UI colours found"
scr_quit

# ---- arrived from a topic: that topic strong, the others quiet -------

# $1 $2: size; $3: LANG.  The first topic (Agriculture, in English) ->
# its first coverage row -> the article.
arrived() {
	scr_context "arrived $1x$2 $3"
	scr_start "$1" "$2" "$3" XDG_CACHE_HOME="$CACHE"
	scr_wait "Articles" || return
	scr_keys 3
	scr_wait_any "Topics ━" "Topics ─" "Topics ·" || return
	scr_settle
	topic=$(styles_of "▍" | head -n 1 | sed 's/^fg=\([^ ]*\) .*/\1/')
	others=$(printf '%s\n' "$PALETTE" | grep -vx "$topic")
	scr_keys Enter
	scr_wait "Nông nghiệp và nông sản" || return
	# Its passages, at the bottom: the keyword in the topic's colour,
	# the contexts cut between words ("… ngại về", never "…h nước").
	scr_keys G
	scr_settle
	[ -n "$(strong_in "$topic")" ] ||
	    scr_fail "passages: no keyword in the topic's colour (fg=$topic)"
	detail_text "$1" >"$SCR_TMP/passages"
	grep -q "…" "$SCR_TMP/passages" || [ "$1" -gt 80 ] ||
	    scr_fail "passages: nothing cut at $1 columns"
	bad=$(grep -E '…[^ ]|[^ ]…' "$SCR_TMP/passages")
	[ -z "$bad" ] || scr_fail "cut inside a word: $bad"
	scr_keys g
	scr_settle
	tab_to_coverage || return
	scr_keys Enter
	wait_styled "$ST_TARGET" || return
	scr_settle
	# The topic's other mentions, a page or two on, are strong; no
	# other topic's ever is.
	seen=0 k=0
	while [ $k -lt 30 ]; do
		[ -n "$(strong_in "$topic")" ] && seen=1
		s=$(strong_in $others)
		[ -z "$s" ] || scr_fail "calm: another topic strong: $s"
		[ $seen -eq 1 ] && break
		scr_keys Space
		scr_settle
		k=$((k + 1))
	done
	[ $seen -eq 1 ] ||
	    scr_fail "no mention of the topic come from (fg=$topic) is strong"
	# A page with quiet mentions (a narrow page may have none).
	k=0
	while [ $k -lt 30 ]; do
		[ -n "$(scr_styled 'fg=default bg=default attrs=u$')" ] && break
		scr_keys b
		scr_settle
		k=$((k + 1))
	done
	[ -n "$(scr_styled 'fg=default bg=default attrs=u$')" ] ||
	    scr_fail "no quiet mention on any page"
	s=$(strong_in $others)
	[ -z "$s" ] || scr_fail "calm: another topic strong: $s"
	# c: every topic in colour, said on the status line; c again: calm.
	scr_keys c
	scr_wait "Every topic in colour"
	scr_settle
	[ -n "$(strong_in $others)" ] ||
	    scr_fail "full colouring: no other topic coloured"
	scr_keys c
	scr_wait "Calm colours"
	scr_settle
	s=$(strong_in $others)
	[ -z "$s" ] || scr_fail "calm again: another topic strong: $s"
	scr_quit
}

arrived 80 24 C.UTF-8
arrived 120 40 C.UTF-8
arrived 40 12 C.UTF-8
arrived 80 24 C

# ---- the link cursor's topic strong; the cursor its own style --------

cursor() {
	scr_context "cursor $1x$2"
	scr_start "$1" "$2" C.UTF-8 XDG_CACHE_HOME="$CACHE"
	scr_wait "Articles" || return
	scr_settle
	# The first article, opened from the list: nothing to emphasise.
	[ -n "$(scr_styled 'fg=default bg=default attrs=u$')" ] ||
	    scr_fail "no quiet mention in the first article"
	s=$(strong_in $PALETTE)
	[ -z "$s" ] || scr_fail "a mention is strong before any cursor: $s"
	scr_keys l Tab
	wait_styled "$ST_LINK_FOCUS" || return
	scr_settle
	on=$(scr_styled "$ST_LINK_FOCUS" | head -n 1)
	# "hội đàm" comes again on the first screen: strong now.
	[ "$on" = "hội đàm" ] || scr_fail "the first link is \"$on\""
	[ -n "$(strong_in $PALETTE)" ] ||
	    scr_fail "the cursor's topic is not strong elsewhere"
	for c in $PALETTE; do
		case $ST_LINK_FOCUS in
		*"bg=$c "*) scr_fail "the link cursor is topic colour $c";;
		esac
	done
	scr_quit
}

cursor 80 24
cursor 120 40

# ---- mono and NO_COLOR: a meaning, an attribute set ------------------

# $1 $2: size; the rest: scr_start's environment and arguments.
meanings() {
	w=$1 h=$2
	shift 2
	scr_start "$w" "$h" C.UTF-8 XDG_CACHE_HOME="$CACHE" "$@"
	scr_wait "Articles" || return
	scr_keys 3
	scr_wait "Related topics" || return
	scr_settle
	selection=$(styles_of "Agriculture and farm" | sed -n 2p)
	# The page alone (zoomed), so that its links are not the list's
	# rows of the same names.
	scr_keys Enter z
	scr_settle
	link=$(styles_of "Trade and investment" | head -n 1)
	scr_keys Tab
	scr_settle
	cursor=$(styles_of "Trade and investment" | head -n 1)
	scr_keys 1
	scr_wait_any "Articles ━" "Articles ─" || return
	scr_keys l
	scr_settle
	mention=$(styles_of "hội đàm" | head -n 1)
	scr_keys Tab
	scr_settle
	strong=$(styles_of "hội đàm" | sed -n 2p)
	scr_keys /
	scr_type "Kishida"
	scr_keys Enter
	scr_settle
	hits=$(styles_of "Kishida" | sort -u)
	nh=$(printf '%s\n' "$hits" | grep -c .)
	[ "$nh" -eq 2 ] || scr_fail "search hits: want current and other, got: $hits"
	all=$(printf '%s\n' "selection $selection" "link $link" \
	    "cursor $cursor" "mention $mention" "strong $strong" \
	    "$(printf '%s\n' "$hits" | sed 's/^/hit /')")
	printf '%s\n' "$all" | grep -q 'fg=[0-9]\|bg=[0-9]' &&
	    scr_fail "colours drawn: $all"
	printf '%s\n' "$all" | grep -q 'attrs=-' &&
	    scr_fail "a meaning without attributes: $all"
	printf '%s\n' "$all" | grep -qv 'attrs=' &&
	    scr_fail "a meaning not found: $all"
	dup=$(printf '%s\n' "$all" | sed 's/^[a-z]* //' | sort | uniq -d)
	[ -z "$dup" ] || scr_fail "meanings share $dup: $all"
	scr_quit
}

scr_context "NO_COLOR 80x24"
meanings 80 24 NO_COLOR=1
scr_context "--theme mono 120x40"
meanings 120 40 -- --theme mono

scr_done
