#!/bin/sh
# The search prompts' editing and history: a query edited in the middle
# (Left, typing, Delete, Backspace over a whole letter), Ctrl-A and
# Ctrl-E moving the cursor; the list search counting its matches ("1/3",
# "the only match" for n on a single one); Up bringing back the last
# queries, also after a restart (the state file); the corpus prompt
# starting empty with its last query one Up away.
. tests/screen/lib.sh

SCR_STATE=$SCR_TMP/state-home
state=$SCR_STATE/hoso/state

cursor_x() {
	scr_tmux display-message -p -t "$SCR_SESSION" '#{cursor_x}'
}

# The prompt and its text: the status line without the info at its
# right (after two blanks or more).
status() {
	scr_capture | tail -n 1 | sed 's/  .*//; s/ *$//'
}

# Waits until the prompt and its text are exactly $1.
wait_status() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		[ "$(status)" = "$1" ] && return 0
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "the status line is \"$(status)\", not \"$1\""
	return 1
}

# Waits for the cursor at column $1.
wait_cursor() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		[ "$(cursor_x)" = "$1" ] && return 0
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "the cursor is at column $(cursor_x), not $1"
	return 1
}

for lang in C.UTF-8 C; do
	for size in "80 24" "120 40" "40 12"; do
		set -- $size
		scr_context "$1x$2 LANG=$lang"
		rm -rf "$SCR_STATE"
		scr_start "$1" "$2" "$lang" "XDG_CACHE_HOME=$SCR_TMP/cache"
		scr_wait_pane "Articles" || continue

		# A typo mended in the middle: "qun", Left, "a".
		scr_keys /
		scr_type "qun"
		scr_wait_row -1 "no match"
		scr_keys Left
		wait_cursor 3
		scr_type "a"
		scr_wait_row -1 "/quan"
		# Three titles have "quan", the first selected.
		scr_wait_row -1 "1/3"
		# Ctrl-A to the start, typing there, Ctrl-E to the end.
		scr_keys C-a
		wait_cursor 1
		scr_type "x"
		scr_wait_row -1 "/xquan"
		wait_cursor 2
		scr_keys C-e
		wait_cursor 6
		scr_keys Home DC
		scr_wait_row -1 "/quan"
		scr_wait_row -1 "1/3"
		scr_keys Enter
		scr_wait_row -1 "1/3 “quan”"
		scr_keys n
		scr_wait_row -1 "2/3 “quan”"
		scr_not "wrapped"

		# One title has "visa": n has nowhere else to go.
		scr_keys /
		scr_type "visa"
		scr_wait_row -1 "1/1"
		scr_keys Enter
		scr_wait_row -1 "1/1 “visa”"
		scr_keys n
		scr_wait_row -1 "“visa” — the only match"
		scr_not "wrapped"

		# Backspace over a whole letter with its marks, before the
		# cursor: "Việt", Left, Backspace leaves "Vit".
		scr_keys /
		scr_type "Việt"
		scr_wait_row -1 "/Việt"
		scr_keys Left BSpace
		wait_status "/Vit"
		scr_keys Escape
		scr_wait_gone "/Vit"

		# Up: the last queries, newest first; Down back to the line.
		scr_keys /
		scr_type "ab"
		scr_keys Up
		scr_wait_row -1 "/visa"
		scr_keys Up
		scr_wait_row -1 "/quan"
		scr_keys Down Down
		wait_status "/ab"
		scr_keys Escape
		scr_wait_gone "/ab"

		# The corpus prompt starts empty; its last query is one Up
		# away.
		scr_keys s
		wait_status "Search all:"
		scr_type "visa"
		scr_keys Enter
		scr_wait "articles with “visa”"
		scr_keys 1
		scr_wait_pane "Articles"
		scr_keys s
		wait_status "Search all:"
		scr_keys Up
		wait_status "Search all: visa"
		scr_keys Escape
		scr_wait_gone "Search all:"
		scr_keys h
		scr_quit

		grep -qx "history find-list quan" "$state" ||
		    scr_fail "no list history in the state file"
		grep -qx "history corpus visa" "$state" ||
		    scr_fail "no corpus history in the state file"

		# After a restart: the same history, newest first.
		scr_start "$1" "$2" "$lang" "XDG_CACHE_HOME=$SCR_TMP/cache"
		scr_wait_pane "Articles" || continue
		scr_keys /
		scr_keys Up
		scr_wait_row -1 "/visa"
		scr_keys Up
		scr_wait_row -1 "/quan"
		scr_keys Escape
		scr_wait_gone "/quan"
		scr_keys s
		wait_status "Search all:"
		scr_keys Up
		wait_status "Search all: visa"
		scr_keys Escape
		scr_wait_gone "Search all:"
		scr_quit
	done
done
scr_done
