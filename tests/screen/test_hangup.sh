#!/bin/sh
# The reader at rest and when its terminal goes away.  Idle, it sleeps:
# no output and no wake-ups (it redraws on input, resizes and signals
# only).  Not the session leader (started by `make run`, a script or
# sh -c), it gets no SIGHUP when its terminal is closed: it must notice
# the end of its input, save its state and exit within a second or so,
# not spin.
. tests/screen/lib.sh

# /proc/PID/stat fields: utime + stime (clock ticks).
cpu_ticks() {
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null
}

ctx_switches() {
	awk '/^voluntary_ctxt_switches/ { print $2 }' \
	    "/proc/$1/status" 2>/dev/null
}

# start_wrapped NAME: hoso under sh -c, not the session leader, with its
# state in $SCR_TMP/NAME; sets pid.  The
# leader ignores SIGHUP and stays, as a login shell or make would for a
# while: nobody sends hoso a SIGHUP, it only sees its input end.
start_wrapped() {
	rm -f "$SCR_TMP/pid"
	scr_start_sh 80 24 "trap '' HUP; sh -c 'echo \$\$ >\"$SCR_TMP/pid\"; \
	    exec env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 \
	    XDG_STATE_HOME=\"$SCR_TMP/$1\" \"$HOSO\"'; sleep 30"
	scr_wait_pane "Articles" || return 1
	pid=$(cat "$SCR_TMP/pid")
	[ -n "$pid" ] && [ -d "/proc/$pid" ] || {
		scr_fail "no hoso process"
		return 1
	}
	# Not the session leader (its session id is another's pid).
	[ "$(awk '{ print $6 }' "/proc/$pid/stat")" != "$pid" ] ||
	    scr_fail "hoso is the session leader: the test tests nothing"
}

# Waits up to 2 s for process $1 to be gone.
gone() {
	k=0
	while [ $k -lt 40 ] && [ -d "/proc/$1" ]; do
		sleep 0.05
		k=$((k + 1))
	done
	[ ! -d "/proc/$1" ]
}

[ -r /proc/self/stat ] || { echo "skip: no /proc"; exit 0; }

scr_context "idle"
if start_wrapped idle; then
	scr_settle
	: >"$SCR_TMP/out"
	scr_tmux pipe-pane -o -t "$SCR_SESSION" "cat >>'$SCR_TMP/out'"
	sleep 0.3
	c0=$(ctx_switches "$pid")
	t0=$(cpu_ticks "$pid")
	sleep 2
	c1=$(ctx_switches "$pid")
	t1=$(cpu_ticks "$pid")
	scr_tmux pipe-pane -t "$SCR_SESSION"
	[ -s "$SCR_TMP/out" ] &&
	    scr_fail "wrote $(wc -c <"$SCR_TMP/out") bytes while idle"
	[ $((c1 - c0)) -le 1 ] ||
	    scr_fail "woke up $((c1 - c0)) times in 2 s of idleness"
	[ $((t1 - t0)) -le 1 ] ||
	    scr_fail "used $((t1 - t0)) ticks of CPU in 2 s of idleness"
	# Still alive and drawing on input.
	scr_keys 2
	scr_wait_pane "Timeline"
	scr_keys q
	gone "$pid" || scr_fail "q did not quit"
fi

scr_context "the terminal goes away"
if start_wrapped gone; then
	scr_keys j
	scr_settle
	# Closing the server closes every pty: the terminal is gone.
	scr_tmux kill-server >/dev/null 2>&1
	SCR_SESSION=
	if ! gone "$pid"; then
		t0=$(cpu_ticks "$pid")
		sleep 1
		t1=$(cpu_ticks "$pid")
		scr_fail "still running 2 s after its terminal went away" \
		    "(used $((t1 - t0)) ticks of CPU in the next second)"
		kill "$pid" 2>/dev/null
		sleep 0.2
		kill -9 "$pid" 2>/dev/null
	fi
	grep -q "^view articles" "$SCR_TMP/gone/hoso/state" 2>/dev/null ||
	    scr_fail "the state was not saved"
fi

scr_done
