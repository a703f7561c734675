# The fault suite's terminal: hoso in a detached tmux session on a private
# server (its own -L socket, its own config), under a wrapper shell that
# stays after it, so that what hoso leaves behind can be checked: its
# exit status, the terminal's modes (stty) and the screen (the shell's
# text, not hoso's, once the alternate screen is left).  Sourced after
# lib.sh; tty_cleanup is part of its EXIT trap.
#
#   tty_start TAG W H [ENV=VALUE ...] -- HOSO-ARGS    (sets tty_pid)
#   tty_wait TEXT; tty_keys KEYS...; tty_exit (sets tty_rc)
#   tty_restored: the terminal as the shell had it, or a failure
TTY_SOCK=hoso-hostile-$$
TTY_S=hostile
TTY_TIMEOUT=${TTY_TIMEOUT:-10}
cat >"$T/tmux.conf" <<'EOF'
set -g default-terminal "tmux-256color"
set -g status off
set -g history-limit 500
set -g escape-time 0
set -s exit-empty off
EOF
tty_tmux() { tmux -L "$TTY_SOCK" -f "$T/tmux.conf" "$@"; }
tty_cleanup() { tmux -L "$TTY_SOCK" kill-server >/dev/null 2>&1; }
trap 'tty_cleanup; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
tty_tmux start-server \; set -s exit-empty off || {
	echo "case FAIL tmux: cannot start a tmux server"
	exit 1
}
case $HOSO in /*) ;; *) HOSO=$PWD/${HOSO#./} ;; esac
# ncurses keeps some memory on purpose (tests/lsan.supp).
: "${LSAN_OPTIONS:=suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"

# The wrapper: the shell's own line first (what the screen must show again
# once hoso has left the alternate screen), then hoso (its pid, stderr and
# status kept in files), then the terminal's modes as it left them.
# TTY_JOBS=1: under sh -m, so that SIGTSTP stops hoso and fg brings it
# back (a process group without job control is orphaned, and the kernel
# drops its stop signals).
cat >"$T/wrap.sh" <<'EOF'
tag=$1
shift
echo "SHELL-LINE-BEFORE-HOSO"
sh -c 'echo $$ >"$0.pid"; exec "$@" 2>"$0.err"' "$tag" "$@"
rc=$?
if [ "$rc" -eq 148 ] && [ -n "${TTY_JOBS:-}" ]; then
	# Stopped: the shell has the terminal; then hoso goes on.
	stty -a >"$tag.stty-stopped"
	echo stopped >"$tag.stopped"
	while [ ! -e "$tag.go" ]; do sleep 0.05; done
	fg >/dev/null
	rc=$?
fi
stty -a >"$tag.stty"
echo "SHELL-LINE-AFTER-HOSO"
echo "$rc" >"$tag.rc"
exec sleep 600
EOF

# tty_start TAG W H [ENV=VALUE ...] [-- HOSO-ARGS]: hoso (with --no-state
# unless ARGS say otherwise: none given means --no-state) at W x H.
tty_start() {
	mkdir -p "$T/tty"
	tty_tag=$T/tty/$1 tty_w=$2 tty_h=$3
	shift 3
	tty_envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		tty_envs="$tty_envs '$1'"
		shift
	done
	[ "${1:-}" = "--" ] && shift
	tty_args=""
	for tty_a in "$@"; do
		tty_args="$tty_args '$tty_a'"
	done
	[ -n "$tty_args" ] || tty_args="--no-state"
	rm -f "$tty_tag".*
	tty_tmux kill-session -t "$TTY_S" >/dev/null 2>&1
	tty_sh="sh"
	[ -n "${TTY_JOBS:-}" ] && tty_sh="TTY_JOBS=1 sh -m"
	# The server's environment is the one it started with: what the
	# script set since goes by name.
	for tty_v in XDG_CACHE_HOME XDG_STATE_HOME XDG_CONFIG_HOME ASAN_OPTIONS \
	    LSAN_OPTIONS UBSAN_OPTIONS; do
		eval "tty_val=\${$tty_v:-}"
		case $tty_envs in *"'$tty_v="*) continue ;; esac
		[ -n "$tty_val" ] && tty_envs="$tty_envs '$tty_v=$tty_val'"
	done
	tty_tmux new-session -d -s "$TTY_S" -x "$tty_w" -y "$tty_h" \
	    "$tty_sh '$T/wrap.sh' '$tty_tag' env -u LC_ALL -u LC_CTYPE \
	    -u LC_MESSAGES -u LANGUAGE -u NO_COLOR -u HOSO_CONTENT $tty_envs \
	    LANG=C.UTF-8 BROWSER=true '$HOSO' $tty_args" || {
		fail "tmux did not start"
		return 1
	}
	tty_tmux resize-window -t "$TTY_S" -x "$tty_w" -y "$tty_h" >/dev/null 2>&1
	tty_k=0
	while [ ! -s "$tty_tag.pid" ] && [ $tty_k -lt 200 ]; do
		sleep 0.02
		tty_k=$((tty_k + 1))
	done
	tty_pid=$(cat "$tty_tag.pid" 2>/dev/null)
}

tty_capture() { tty_tmux capture-pane -p -t "$TTY_S" "$@" 2>/dev/null; }
tty_keys() { tty_tmux send-keys -t "$TTY_S" "$@"; }
tty_pane() { tty_tmux display-message -p -t "$TTY_S" "$1" 2>/dev/null; }

# tty_wait TEXT: until the screen shows it (0), else a failure (1).
tty_wait() {
	tty_k=0
	while [ $tty_k -lt $((TTY_TIMEOUT * 20)) ]; do
		tty_capture | grep -qF -- "$1" && return 0
		sleep 0.05
		tty_k=$((tty_k + 1))
	done
	fail "the screen never showed '$1': $(tty_capture | head -n 3)"
	return 1
}

# tty_wait_row N: until row N of the screen has something drawn.
tty_wait_row() {
	tty_k=0
	while [ $tty_k -lt $((TTY_TIMEOUT * 20)) ]; do
		tty_capture | sed -n "${1}p" | grep -q '[^ ]' && return 0
		sleep 0.05
		tty_k=$((tty_k + 1))
	done
	fail "row $1 stays empty: $(tty_capture | tail -n 3)"
	return 1
}

# tty_exit: waits for hoso to end; its status in tty_rc (empty: still
# running after the time limit, which fails the case and kills it).
tty_exit() {
	tty_k=0
	while [ ! -s "$tty_tag.rc" ] && [ $tty_k -lt $((TTY_TIMEOUT * 20)) ]; do
		sleep 0.05
		tty_k=$((tty_k + 1))
	done
	tty_rc=$(cat "$tty_tag.rc" 2>/dev/null)
	if [ -z "$tty_rc" ]; then
		fail "hoso did not end"
		[ -n "$tty_pid" ] && kill -9 "$tty_pid" 2>/dev/null
		return 1
	fi
	return 0
}

# tty_modes_ok FILE: stty -a output with icanon and echo on.
tty_modes_ok() {
	tr ' ;' '\n\n' <"$1" | grep -qx icanon || {
		fail "left the terminal in -icanon"
		return 1
	}
	tr ' ;' '\n\n' <"$1" | grep -qx echo || {
		fail "left the terminal in -echo"
		return 1
	}
}

# tty_restored: after hoso ended: the modes back, the normal screen (the
# shell's line from before hoso shown again, the cursor visible).
tty_restored() {
	tty_modes_ok "$tty_tag.stty"
	[ "$(tty_pane '#{alternate_on}')" = 0 ] ||
	    fail "still on the alternate screen"
	[ "$(tty_pane '#{cursor_flag}')" = 1 ] || fail "the cursor is hidden"
	tty_k=0
	while ! tty_capture | grep -q SHELL-LINE-AFTER-HOSO && [ $tty_k -lt 40 ]; do
		sleep 0.05
		tty_k=$((tty_k + 1))
	done
	tty_capture | grep -q SHELL-LINE-BEFORE-HOSO ||
	    fail "the shell's screen is not back: $(tty_capture | head -n 2)"
}

# tty_clean_err: hoso's stderr holds no sanitizer report and no escape.
tty_clean_err() {
	if grep -qE 'Sanitizer|runtime error|LeakSanitizer' "$tty_tag.err"; then
		fail "sanitizer report: $(grep -m 3 -E 'ERROR|runtime error' \
		    "$tty_tag.err")"
	fi
	if LC_ALL=C grep -q "$(printf '\033')" "$tty_tag.err"; then
		fail "escape sequences on stderr"
	fi
}
