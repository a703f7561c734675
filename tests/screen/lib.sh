# Shared functions for the screen tests (POSIX sh; sourced, not run).
#
# Each test drives ./hoso in a detached tmux session on a private server
# (its own socket and an empty config, so the user's tmux is never
# touched), sends keys, waits for what a user would see, and checks the
# screen text.  Waiting is by polling capture-pane, never by long sleeps.
#
#   . tests/screen/lib.sh
#   scr_start 80 24 C.UTF-8            # extra args go to hoso
#   scr_wait "Bài báo"
#   scr_keys j Enter
#   scr_has "..." ; scr_not "..."
#   scr_done                           # kills tmux, exits 0 or 1
#
# A failed check prints what was expected and the screen, and the test
# goes on, so one run shows every failure; scr_done sets the exit status.

set -u

HOSO=${HOSO:-./hoso}
case $HOSO in
/*) ;;
*) HOSO=$PWD/${HOSO#./} ;;
esac
SCR_TIMEOUT=${SCR_TIMEOUT:-8}		# seconds to wait for a screen
SCR_SOCK=hoso-test-$$
SCR_SESSION=
SCR_FAILED=0
SCR_TMP=$(mktemp -d "${TMPDIR:-/tmp}/hoso-screen.XXXXXX")
SCR_CONTEXT=

scr_cleanup() {
	tmux -L "$SCR_SOCK" kill-server >/dev/null 2>&1
	rm -rf "$SCR_TMP"
}
trap scr_cleanup EXIT
trap 'scr_cleanup; exit 1' INT TERM HUP

# 256 colours inside, so the themes show as they would in a modern
# terminal; the pane stays after hoso exits so its end can be checked.
cat >"$SCR_TMP/tmux.conf" <<'EOF'
set -g default-terminal "tmux-256color"
set -g remain-on-exit on
set -g status off
set -g history-limit 0
set -g escape-time 0
EOF

scr_tmux() {
	tmux -L "$SCR_SOCK" -f "$SCR_TMP/tmux.conf" "$@"
}

# What the current check is about, printed with every failure.
scr_context() {
	SCR_CONTEXT=$*
}

scr_fail() {
	SCR_FAILED=1
	echo "FAIL${SCR_CONTEXT:+ [$SCR_CONTEXT]}: $*"
	if [ -n "$SCR_SESSION" ]; then
		echo "---- screen ----"
		scr_capture | sed 's/^/|/'
		echo "----------------"
	fi
}

# scr_start W H LANG [ENV=VALUE ...] [-- hoso arguments]
# Starts hoso at W x H with LANG set (LC_ALL and LC_CTYPE unset).  Uses
# --no-state unless SCR_STATE is set to a directory (then it is the
# XDG_STATE_HOME).  ENV=VALUE pairs are passed to hoso's environment.
scr_start() {
	w=$1 h=$2 lang=$3
	shift 3
	envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		envs="$envs '$1'"
		shift
	done
	[ "${1:-}" = "--" ] && shift
	args=""
	for a in "$@"; do
		args="$args '$a'"
	done
	if [ -n "${SCR_STATE:-}" ]; then
		envs="$envs 'XDG_STATE_HOME=$SCR_STATE'"
	else
		args="--no-state$args"
	fi
	scr_stop
	SCR_SESSION=hoso$$-$(date +%s%N 2>/dev/null || echo 0)
	scr_tmux new-session -d -s "$SCR_SESSION" -x "$w" -y "$h" \
	    "exec env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u NO_COLOR \
	    LANG='$lang' $envs '$HOSO' $args" || {
		SCR_SESSION=
		scr_fail "could not start tmux"
		return 1
	}
	# tmux sizes a detached session from -x/-y; make it stick.
	scr_tmux resize-window -t "$SCR_SESSION" -x "$w" -y "$h" \
	    >/dev/null 2>&1
	return 0
}

scr_stop() {
	if [ -n "$SCR_SESSION" ]; then
		scr_tmux kill-session -t "$SCR_SESSION" >/dev/null 2>&1
		SCR_SESSION=
	fi
}

# The screen as text (-e: with attributes as SGR sequences).
scr_capture() {
	scr_tmux capture-pane -p -t "$SCR_SESSION" "$@" 2>/dev/null
}

# Keys by tmux name (Enter, BSpace, Tab, BTab, Up, Down, NPage, C-u...).
scr_keys() {
	scr_tmux send-keys -t "$SCR_SESSION" "$@"
}

# Literal text, typed as is (UTF-8 arrives whole).
scr_type() {
	scr_tmux send-keys -t "$SCR_SESSION" -l "$1"
}

scr_resize() {
	scr_tmux resize-window -t "$SCR_SESSION" -x "$1" -y "$2"
}

# 1 once hoso has exited (the pane is dead).
scr_dead() {
	[ "$(scr_tmux display-message -p -t "$SCR_SESSION" \
	    '#{pane_dead}' 2>/dev/null)" = 1 ]
}

scr_exit_status() {
	scr_tmux display-message -p -t "$SCR_SESSION" \
	    '#{pane_dead_status}' 2>/dev/null
}

# Polls until the screen contains (scr_wait) or lacks (scr_wait_gone) a
# fixed string.  Returns 1 (after reporting) on timeout.
scr_poll() {
	want=$1 text=$2
	i=0
	limit=$((SCR_TIMEOUT * 20))
	while [ $i -lt $limit ]; do
		if scr_capture >"$SCR_TMP/screen"; then
			if grep -qF -- "$text" "$SCR_TMP/screen"; then
				[ "$want" = present ] && return 0
			else
				[ "$want" = absent ] && return 0
			fi
		fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

scr_wait() {
	scr_poll present "$1" && return 0
	scr_fail "timed out waiting for \"$1\""
	return 1
}

scr_wait_gone() {
	scr_poll absent "$1" && return 0
	scr_fail "timed out waiting for \"$1\" to go"
	return 1
}

# Waits until the screen stops changing (two identical captures 0.15 s
# apart): for checks that something is NOT shown.
scr_settle() {
	prev=
	i=0
	while [ $i -lt $((SCR_TIMEOUT * 10)) ]; do
		cur=$(scr_capture -e)
		[ -n "$prev" ] && [ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep 0.15
		i=$((i + 1))
	done
}

scr_has() {
	scr_capture >"$SCR_TMP/screen"
	grep -qF -- "$1" "$SCR_TMP/screen" && return 0
	scr_fail "screen lacks \"$1\""
	return 1
}

scr_not() {
	scr_capture >"$SCR_TMP/screen"
	grep -qF -- "$1" "$SCR_TMP/screen" || return 0
	scr_fail "screen shows \"$1\""
	return 1
}

# Row N (1-based) of the screen.
scr_row() {
	scr_capture | sed -n "${1}p"
}

# The SGR state in effect at the first occurrence of a string on the
# screen, as tmux reports it in `capture-pane -e`: every SGR sequence
# seen since the top of the screen up to the string, replayed from the
# last reset, so two calls can be compared.  Empty if the string is not
# shown.
scr_sgr_at() {
	scr_capture -e | awk -v needle="$1" '
	BEGIN { esc = sprintf("%c", 27); state = "" }
	{
		line = $0
		pos = index(line, needle)
		upto = pos > 0 ? substr(line, 1, pos - 1) : line
		while (match(upto, esc "\\[[0-9;]*m")) {
			seq = substr(upto, RSTART + 2, RLENGTH - 3)
			if (seq == "" || seq == "0")
				state = ""
			else if (seq ~ /^0;/) 
				state = substr(seq, 3)
			else
				state = state (state == "" ? "" : ";") seq
			upto = substr(upto, RSTART + RLENGTH)
		}
		if (pos > 0) { print (state == "" ? "plain" : state); exit }
	}'
}

# The first screen line containing a string, for messages.
scr_line_with() {
	scr_capture | grep -F -m 1 -- "$1"
}

scr_done() {
	scr_stop
	if [ "$SCR_FAILED" -ne 0 ]; then
		exit 1
	fi
	exit 0
}
