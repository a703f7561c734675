#!/bin/sh
# State between runs ($XDG_STATE_HOME/hoso/state): the last view, the
# open article and its reading position, the selected topic and
# milestone are restored after a restart; each corpus keeps its own (two
# copies of the bundled content do not move each other's positions); a
# search result's preview does not overwrite the reading position; the
# previous version's file is still read; a corrupt state file is moved
# aside with a warning and the reader starts anyway; --no-state neither
# reads nor writes it.
. tests/screen/lib.sh

SCR_STATE=$SCR_TMP/state-home
state=$SCR_STATE/hoso/state
third=$("$HOSO" --list 2>/dev/null | sed -n 3p)
third_id=$(printf '%s\n' "$third" | cut -f1)
third_title=$(printf '%s\n' "$third" | cut -f4 | awk '{ print $1, $2, $3 }')
second_id=$("$HOSO" --list 2>/dev/null | sed -n 2p | cut -f1)
content=$(cd content && pwd -P)

# Copies of the bundled corpus, two corpora with the same articles.
mkdir -p "$SCR_TMP/corpora"
cp -R content "$SCR_TMP/corpora/a"
cp -R content "$SCR_TMP/corpora/b"
corpus_a=$(cd "$SCR_TMP/corpora/a" && pwd -P)
corpus_b=$(cd "$SCR_TMP/corpora/b" && pwd -P)

HELP="┌─ Help "

# Waits until every key sent so far is handled (the help overlay opened
# and closed is the barrier).
sync_keys() {
	scr_keys "?"
	scr_wait "$HELP" || return 1
	scr_keys q
	scr_wait_gone "$HELP"
}

start() {
	scr_start "$W" "$H" "$lang" "XDG_CACHE_HOME=$SCR_TMP/cache" "$@"
}

# Opens the third article from the list and reads well into it; its
# text is left in $1.
read_third() {
	scr_keys g j j l
	scr_wait "┃ $third_title"
	scr_keys j j j j j j j j j j j j j j j j j j j j j j j j
	sync_keys
	scr_detail >"$1"
}

# Opens the selected article (the list focused) and leaves its text in $1.
open_selected() {
	scr_keys l
	sync_keys
	scr_detail >"$1"
}

same() {
	cmp -s "$1" "$2" && return 0
	scr_fail "$3:"
	diff "$1" "$2" | head -n 10
	return 1
}

for lang in C.UTF-8 C; do
	for size in "80 24" "120 40"; do
		set -- $size
		W=$1 H=$2
		scr_context "${W}x$H LANG=$lang"
		rm -rf "$SCR_STATE"

		# First run: the third article, read well into it; topic 3
		# and milestone 4 selected; then the timeline; quit.
		start
		scr_wait_pane "Articles" || continue
		read_third "$SCR_TMP/reading"
		scr_keys 3 j j
		scr_wait_row -1 " 3/"
		scr_keys 2 j j j
		scr_wait_row -1 " 4/"
		scr_quit
		if [ ! -f "$state" ]; then
			scr_fail "no state file at $state"
			continue
		fi
		grep -qx "hoso-state 2" "$state" ||
		    scr_fail "state file: no magic line"
		grep -qxF "corpus $content" "$state" ||
		    scr_fail "state file: no section for $content"
		grep -qx "view timeline" "$state" || scr_fail "state file: no view"
		grep -qx "article $third_id" "$state" ||
		    scr_fail "state file: article is not $third_id"
		grep -qE "^pos $third_id [1-9][0-9]*\$" "$state" ||
		    scr_fail "state file: no reading position for $third_id"
		grep -qE "^topic [a-z]" "$state" || scr_fail "state file: no topic"
		grep -qE "^milestone [0-9]" "$state" ||
		    scr_fail "state file: no milestone"
		[ "$(stat -c %a "$SCR_STATE/hoso")" = 700 ] ||
		    scr_fail "the state directory is not private"

		# Second run: back on the timeline at the same milestone; the
		# topic too; the Articles view has the third article open
		# where it was left.
		start
		scr_wait_pane "Timeline"
		scr_wait_row -1 " 4/"
		scr_keys 3
		scr_wait_pane "Topics"
		scr_wait_row -1 " 3/"
		# A digit right after a lone 3 would make a count of both
		# (31): the help, no count's key, settles the switch.
		sync_keys
		scr_keys 1
		scr_wait_pane "Articles"
		scr_wait_row -1 " 3/5 "
		open_selected "$SCR_TMP/restored"
		same "$SCR_TMP/reading" "$SCR_TMP/restored" \
		    "the reading position was not restored"
		scr_keys h
		scr_quit

		# A search result's preview (the results show the article at
		# the hit) leaves the reading position alone.
		start
		scr_wait_pane "Articles"
		# "Mekong" is only near the end of the third article.
		scr_keys s
		scr_type "mekong"
		scr_keys Enter
		scr_wait "articles with “mekong”"
		scr_wait "Mekong"
		sync_keys
		scr_keys 1
		scr_wait_pane "Articles"
		scr_keys h
		scr_quit
		grep -qE "^pos $third_id [1-9][0-9]*\$" "$state" ||
		    scr_fail "the preview moved the position of $third_id"
		start
		scr_wait_pane "Articles"
		scr_wait_row -1 " 3/5 "
		open_selected "$SCR_TMP/restored"
		same "$SCR_TMP/reading" "$SCR_TMP/restored" \
		    "a result's preview overwrote the reading position"
		scr_keys h
		scr_quit

		# Two corpora: reading in one does not move the other.
		rm -rf "$SCR_STATE"
		start -- -C "$SCR_TMP/corpora/a"
		scr_wait_pane "Articles"
		read_third "$SCR_TMP/reading-a"
		scr_keys h
		scr_quit
		start -- -C "$SCR_TMP/corpora/b"
		scr_wait_pane "Articles"
		scr_wait_row -1 " 1/5 "
		scr_keys j j l
		sync_keys
		scr_detail >"$SCR_TMP/top-b"
		head -n 1 "$SCR_TMP/top-b" | grep -qF "$third_title" ||
		    scr_fail "corpus b opened the article away from its top"
		scr_keys 2
		scr_wait_pane "Timeline"
		scr_quit
		grep -qxF "corpus $corpus_a" "$state" &&
		    grep -qxF "corpus $corpus_b" "$state" ||
		    scr_fail "the state file lacks a section per corpus"
		start -- -C "$SCR_TMP/corpora/a"
		scr_wait_pane "Articles"
		scr_wait_row -1 " 3/5 "
		open_selected "$SCR_TMP/restored"
		same "$SCR_TMP/reading-a" "$SCR_TMP/restored" \
		    "corpus a lost its reading position"
		scr_keys h
		scr_quit
		start -- -C "$SCR_TMP/corpora/b"
		scr_wait_pane "Timeline"
		scr_keys 1
		scr_wait_pane "Articles"
		scr_wait_row -1 " 3/5 "
		open_selected "$SCR_TMP/restored"
		same "$SCR_TMP/top-b" "$SCR_TMP/restored" \
		    "corpus b's article moved"
		scr_keys h
		scr_quit
	done

	W=80 H=24
	scr_context "LANG=$lang"

	# The previous version's file: read as this corpus's, written
	# back in the new format.
	rm -rf "$SCR_STATE"
	mkdir -p "$SCR_STATE/hoso"
	printf 'hoso-state 1\nview topics\narticle %s\n' "$second_id" >"$state"
	start
	scr_wait_pane "Topics"
	scr_keys 1
	scr_wait_pane "Articles"
	scr_wait_row -1 " 2/5 "
	scr_quit
	grep -qx "hoso-state 2" "$state" &&
	    grep -qxF "corpus $content" "$state" &&
	    grep -qx "article $second_id" "$state" ||
	    scr_fail "the old file was not taken over: $(cat "$state")"

	# A topic, milestone and article the corpus does not have: ignored,
	# no warning, the view still restored.
	printf 'hoso-state 2\ncorpus %s\nview topics\narticle gone\ntopic gone\nmilestone 1900 Gone\n' \
	    "$content" >"$state"
	start
	scr_wait_pane "Topics"
	scr_wait_row -1 " 1/"
	scr_not "warning"
	scr_keys 2
	scr_wait_pane "Timeline"
	scr_wait_row -1 " 1/"
	sync_keys
	scr_keys 1
	scr_wait_pane "Articles"
	scr_wait_row -1 " 1/5 "
	scr_quit
	[ ! -e "$state.bad" ] || scr_fail "a state file with unknown ids was moved aside"

	# A corrupt state file: moved aside, a warning, a normal start.
	printf 'hoso-state 1\nview timeline\npos %s 12abc\n' "$third_id" \
	    >"$state"
	cp "$state" "$SCR_TMP/corrupt"
	scr_start 200 24 "$lang" "XDG_CACHE_HOME=$SCR_TMP/cache"
	scr_wait_pane "Articles"
	scr_wait "moved aside"
	scr_has "state.bad"
	scr_wait_row -1 " 1/5 "
	scr_quit
	cmp -s "$SCR_TMP/corrupt" "$state.bad" ||
	    scr_fail "the corrupt file was not kept as state.bad"
	grep -qx "hoso-state 2" "$state" ||
	    scr_fail "no new state file after the corrupt one"

	# A foreign file: the same.
	rm -f "$state.bad"
	printf '{"json": true}\n' >"$state"
	scr_start 200 24 "$lang" "XDG_CACHE_HOME=$SCR_TMP/cache"
	scr_wait "not a hoso state file"
	scr_quit
	grep -q json "$state.bad" || scr_fail "the foreign file was not kept"

	# --no-state: nothing read, nothing written.
	rm -rf "$SCR_STATE"
	mkdir -p "$SCR_STATE/hoso"
	printf 'hoso-state 1\nview topics\n' >"$state"
	SCR_STATE= scr_start 80 24 "$lang" "XDG_STATE_HOME=$SCR_STATE" \
	    "XDG_CACHE_HOME=$SCR_TMP/cache"
	scr_wait_pane "Articles"
	scr_row 2 | grep -qF "Articles" ||
	    scr_fail "--no-state: the first screen is not the Articles view"
	scr_keys 2
	scr_wait_pane "Timeline"
	scr_quit
	[ "$(cat "$state")" = "$(printf 'hoso-state 1\nview topics')" ] ||
	    scr_fail "--no-state wrote the state file"
done
scr_done
