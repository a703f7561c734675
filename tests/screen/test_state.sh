#!/bin/sh
# State between runs ($XDG_STATE_HOME/hoso/state): the last view, the
# open article and its reading position are restored after a restart; a
# corrupt state file is moved aside with a warning and the reader starts
# anyway; --no-state neither reads nor writes it.
. tests/screen/lib.sh

SCR_STATE=$SCR_TMP/state-home
state=$SCR_STATE/hoso/state
third=$("$HOSO" --list 2>/dev/null | sed -n 3p)
third_id=$(printf '%s\n' "$third" | cut -f1)
third_title=$(printf '%s\n' "$third" | cut -f4 | awk '{ print $1, $2, $3 }')

for lang in C.UTF-8 C; do
	scr_context "LANG=$lang"
	rm -rf "$SCR_STATE"

	# First run: the third article, read well into it, then the
	# timeline; quit.
	scr_start 80 24 "$lang"
	scr_wait "Bài báo" || continue
	scr_keys j j l
	scr_wait "┃ $third_title"
	scr_keys j j j j j j j j j j j j j j j j j j j j j j j j
	scr_sync
	scr_detail >"$SCR_TMP/reading"
	scr_keys 2
	scr_wait "Dòng thời gian"
	scr_quit
	if [ ! -f "$state" ]; then
		scr_fail "no state file at $state"
		continue
	fi
	grep -qx "hoso-state 1" "$state" || scr_fail "state file: no magic line"
	grep -qx "view timeline" "$state" || scr_fail "state file: no view"
	grep -qx "article $third_id" "$state" ||
	    scr_fail "state file: article is not $third_id"
	grep -qE "^pos $third_id [1-9][0-9]*\$" "$state" ||
	    scr_fail "state file: no reading position for $third_id"
	[ "$(stat -c %a "$SCR_STATE/hoso")" = 700 ] ||
	    scr_fail "the state directory is not private"

	# Second run: back on the timeline; the Articles view has the third
	# article open where it was left.
	scr_start 80 24 "$lang"
	scr_wait "Dòng thời gian"
	scr_has "◆"
	scr_keys 1
	scr_wait_pane "Bài báo"
	scr_wait_row -1 " 3/5 "
	scr_keys l
	scr_sync
	scr_detail >"$SCR_TMP/restored"
	if ! cmp -s "$SCR_TMP/reading" "$SCR_TMP/restored"; then
		scr_fail "the reading position was not restored:"
		diff "$SCR_TMP/reading" "$SCR_TMP/restored" | head -n 10
	fi
	scr_quit

	# A corrupt state file: moved aside, a warning, a normal start.
	printf 'hoso-state 1\nview timeline\npos %s 12abc\n' "$third_id" \
	    >"$state"
	cp "$state" "$SCR_TMP/corrupt"
	scr_start 200 24 "$lang"
	scr_wait "Bài báo / Articles"
	scr_wait "moved aside"
	scr_has "state.bad"
	scr_wait_row -1 " 1/5 "
	scr_quit
	cmp -s "$SCR_TMP/corrupt" "$state.bad" ||
	    scr_fail "the corrupt file was not kept as state.bad"
	grep -qx "hoso-state 1" "$state" ||
	    scr_fail "no new state file after the corrupt one"

	# A foreign file: the same.
	rm -f "$state.bad"
	printf '{"json": true}\n' >"$state"
	scr_start 200 24 "$lang"
	scr_wait "not a hoso state file"
	scr_quit
	grep -q json "$state.bad" || scr_fail "the foreign file was not kept"

	# --no-state: nothing read, nothing written.
	rm -rf "$SCR_STATE"
	mkdir -p "$SCR_STATE/hoso"
	printf 'hoso-state 1\nview topics\n' >"$state"
	SCR_STATE= scr_start 80 24 "$lang" "XDG_STATE_HOME=$SCR_STATE"
	scr_wait_pane "Bài báo"
	scr_row 2 | grep -qF "Bài báo" ||
	    scr_fail "--no-state: the first screen is not the Articles view"
	scr_keys 2
	scr_wait "Dòng thời gian"
	scr_quit
	[ "$(cat "$state")" = "$(printf 'hoso-state 1\nview topics')" ] ||
	    scr_fail "--no-state wrote the state file"
done
scr_done
