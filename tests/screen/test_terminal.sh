#!/bin/sh
# The terminal is always given back: TERM unset or unknown, or stdout not
# a terminal -> one clear error, exit 2, no curses output; SIGTERM,
# SIGHUP and SIGINT end the reader with the terminal restored (normal
# screen, cursor shown) and it dies of the signal; Ctrl-Z suspends with
# the terminal restored and the reader redraws when resumed (fg).
#
# hoso runs under a shell that stays after it, so the pane (and what
# tmux says of its cursor and screen) outlives the reader.
. tests/screen/lib.sh

pane() {
	scr_tmux display-message -p -t "$SCR_SESSION" "$1" 2>/dev/null
}

# run_wrapped ENV...: hoso with --no-state under sh; prints EXIT=status.
run_wrapped() {
	scr_start_sh 80 24 "env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u NO_COLOR \
	    LANG=C.UTF-8 $* '$HOSO' --no-state; echo EXIT=\$?; exec sleep 60"
}

esc=$(printf '\033')

for term in "" no-such-terminal-xyz; do
	scr_context "TERM='$term'"
	run_wrapped "TERM=$term"
	scr_wait "EXIT=" || continue
	scr_has "EXIT=2"
	scr_capture -J -S - >"$SCR_TMP/all"
	grep -q "^hoso: .*TERM" "$SCR_TMP/all" ||
	    scr_fail "no error naming TERM"
	[ "$(grep -c "^hoso:" "$SCR_TMP/all")" -eq 1 ] ||
	    scr_fail "not one error"
	grep -q "Articles" "$SCR_TMP/all" && scr_fail "the reader was drawn"
	scr_capture -e -S - | grep -q "$esc" &&
	    scr_fail "escape sequences were drawn"
	[ "$(pane '#{alternate_on}')" = 0 ] ||
	    scr_fail "left on the alternate screen"
done

scr_context "stdout not a terminal"
"$HOSO" --no-state </dev/null >"$SCR_TMP/out" 2>"$SCR_TMP/err"
rc=$?
[ "$rc" -eq 2 ] || scr_fail "exit status $rc, not 2"
[ -s "$SCR_TMP/out" ] && scr_fail "something was written to stdout"
grep -q "terminal" "$SCR_TMP/err" || scr_fail "no error about the terminal"
grep -q "$esc" "$SCR_TMP/err" && scr_fail "escape sequences on stderr"

for sig in TERM:143 HUP:129 INT:130; do
	status=${sig#*:}
	sig=${sig%:*}
	scr_context "SIG$sig"
	run_wrapped
	scr_wait_pane "Articles" || continue
	[ "$(pane '#{alternate_on}')" = 1 ] ||
	    scr_fail "the reader does not use the alternate screen"
	[ "$(pane '#{cursor_flag}')" = 0 ] ||
	    scr_fail "the reader does not hide the cursor"
	pid=$(ps -o pid= --ppid "$(pane '#{pane_pid}')" | tr -d ' ')
	kill -s "$sig" "$pid"
	scr_wait "EXIT=" || continue
	scr_has "EXIT=$status"
	[ "$(pane '#{alternate_on}')" = 0 ] ||
	    scr_fail "still on the alternate screen after SIG$sig"
	[ "$(pane '#{cursor_flag}')" = 1 ] ||
	    scr_fail "the cursor is hidden after SIG$sig"
	scr_not "Articles"
done

# Ctrl-Z: a shell with job control stops the reader and, a second
# later, brings it back with fg.
scr_context "Ctrl-Z"
scr_start_sh 80 24 "env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 \
    sh -m -c '\"$HOSO\" --no-state; sleep 1; fg; echo RESUMED; exec sleep 60'"
if scr_wait_pane "Articles"; then
	scr_keys C-z
	k=0
	while [ $k -lt 100 ] && [ "$(pane '#{alternate_on}')" = 1 ]; do
		sleep 0.02
		k=$((k + 1))
	done
	[ "$(pane '#{alternate_on}')" = 0 ] ||
	    scr_fail "Ctrl-Z did not give the terminal back"
	[ "$(pane '#{cursor_flag}')" = 1 ] ||
	    scr_fail "the cursor is hidden while suspended"
	scr_wait_pane "Articles"
	[ "$(pane '#{alternate_on}')" = 1 ] ||
	    scr_fail "not back on the alternate screen after fg"
	scr_keys j
	scr_wait_row -1 " 2/5 "
	scr_keys q
	scr_wait "RESUMED"
fi
scr_done
