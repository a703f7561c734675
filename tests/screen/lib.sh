# Shared functions for the screen tests (POSIX sh; sourced, not run).
#
# Each test drives ./hoso in a detached tmux session on a private server
# (its own socket and an empty config, so the user's tmux is never
# touched), sends keys, waits for what a user would see, and checks the
# screen text.  Waiting is by polling capture-pane, never by long sleeps.
#
# The server is started once, when this file is sourced, and kept alive
# with no session (exit-empty off) until scr_cleanup kills it: a server
# that exits with its last session is still going away when the next
# new-session connects, and that session then fails to start.
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
# Seconds to wait for a screen: only a failure waits that long, so the
# limit is generous (a sanitizer build on a loaded CI machine starts
# slowly; a re-index after an edit can take seconds there).
if [ "${SAN:-0}" = 1 ]; then
	SCR_TIMEOUT=${SCR_TIMEOUT:-30}
else
	SCR_TIMEOUT=${SCR_TIMEOUT:-15}
fi
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

# Under ASan (make check SAN=1) the leaks ncurses keeps on purpose are
# suppressed by tests/lsan.supp (tests/run.sh sets LSAN_OPTIONS).
if [ -z "${LSAN_OPTIONS:-}" ]; then
	LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
	export LSAN_OPTIONS
fi

# 256 colours inside, so the themes show as they would in a modern
# terminal; the pane stays after hoso exits so its end can be checked.
cat >"$SCR_TMP/tmux.conf" <<'EOF'
set -g default-terminal "tmux-256color"
set -g remain-on-exit on
set -g status off
set -g history-limit 200
set -g escape-time 0
set -s exit-empty off
EOF

# Styles of the default theme (themes/default.yaml), for scr_styled.
ST_LINK_FOCUS='bg=81 '
ST_TARGET='bg=114 '
ST_MATCH='bg=214 '
ST_MATCH_CURRENT='bg=203 '
ST_SELECTION='bg=80 '

scr_tmux() {
	tmux -L "$SCR_SOCK" -f "$SCR_TMP/tmux.conf" "$@"
}

# The option is set again by command, so it holds whenever the server
# reads its config.
if ! scr_tmux start-server \; set -s exit-empty off; then
	echo "FAIL: could not start the tmux server"
	exit 1
fi

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
	    "exec env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE -u NO_COLOR \
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

# scr_start_sh W H COMMAND: a session running a shell command (for hoso
# under a wrapper: job control, exit status printed...).
scr_start_sh() {
	scr_stop
	SCR_SESSION=hoso$$-$(date +%s%N 2>/dev/null || echo 0)
	scr_tmux new-session -d -s "$SCR_SESSION" -x "$1" -y "$2" "$3" || {
		SCR_SESSION=
		scr_fail "could not start tmux"
		return 1
	}
	scr_tmux resize-window -t "$SCR_SESSION" -x "$1" -y "$2" \
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
	scr_tmux send-keys -t "$SCR_SESSION" -l -- "$1"
}

scr_resize() {
	scr_tmux resize-window -t "$SCR_SESSION" -x "$1" -y "$2"
}

# The widest screen row, in columns.
scr_width() {
	scr_capture | LC_ALL=C.UTF-8 wc -L
}

# Resizes and waits until hoso has drawn at the new size.  Right after a
# resize tmux still shows the old frame, cut to the new size, so: when
# growing, wait for a row wider than before; when shrinking below 70
# columns, wait for the header's short tabs ("1 Art.", "1 Bài", not the
# full "1 Articles" or "1 Bài báo").
scr_resize_wait() {
	old=$(scr_tmux display-message -p -t "$SCR_SESSION" '#{window_width}')
	scr_resize "$1" "$2"
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		if [ "$1" -gt "$old" ]; then
			[ "$(scr_width)" -gt "$old" ] && return 0
		elif [ "$1" -lt 70 ]; then
			scr_row 1 | grep -qE "1 (Articles|Bài báo) " || return 0
		else
			sleep 0.3
			return 0
		fi
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "no redraw at $1x$2"
	return 1
}

# Waits until hoso has handled every key sent so far: the help overlay,
# opened and closed, is the barrier (keys are read in order); its title
# in the border, in either language.  Only in the normal state (not in a
# prompt or the overlay).
scr_sync() {
	scr_keys "?"
	scr_wait_any "┌─ Help ─" "┌─ Trợ giúp ─" || return 1
	scr_keys q
	scr_wait_gone "┌─ Help ─" && scr_wait_gone "┌─ Trợ giúp ─"
}

# 1 once hoso has exited (the pane is dead).
scr_dead() {
	[ "$(scr_tmux display-message -p -t "$SCR_SESSION" \
	    '#{pane_dead}' 2>/dev/null)" = 1 ]
}

# The exit status of a dead pane.  tmux 3.3a marks a pane dead when its
# terminal closes, before it has reaped the process, and now and then
# (about 1 run in 5 here) leaves the process a zombie for good: then the
# status never comes and this prints nothing after SCR_TIMEOUT.  A test
# that must know the status runs hoso under a shell that records it.
scr_exit_status() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		s=$(scr_tmux display-message -p -t "$SCR_SESSION" \
		    '#{pane_dead_status}' 2>/dev/null)
		if [ -n "$s" ]; then
			echo "$s"
			return 0
		fi
		sleep 0.05
		k=$((k + 1))
	done
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

# Waits for any of several strings.
scr_wait_any() {
	k=0
	while [ $k -lt $((SCR_TIMEOUT * 20)) ]; do
		scr_capture >"$SCR_TMP/screen"
		for t in "$@"; do
			grep -qF -- "$t" "$SCR_TMP/screen" && return 0
		done
		sleep 0.05
		k=$((k + 1))
	done
	scr_fail "timed out waiting for any of: $*"
	return 1
}

# Waits for the list pane of a view to be shown: its title in the pane
# border, focused ("━▶ Bài báo ━") or not ("─ Bài báo ─"), maybe with
# column hints ("Chủ đề · nhắc · bài").
scr_wait_pane() {
	scr_wait_any "$1 ━" "$1 ─" "$1 ·"
}

scr_wait_gone() {
	scr_poll absent "$1" && return 0
	scr_fail "timed out waiting for \"$1\" to go"
	return 1
}

# Polls until row N (1-based; negative: from the bottom, -1 the last)
# contains a string.
scr_wait_row() {
	i=0
	while [ $i -lt $((SCR_TIMEOUT * 20)) ]; do
		if scr_capture >"$SCR_TMP/screen"; then
			if [ "$1" -lt 0 ]; then
				tail -n $((-$1)) "$SCR_TMP/screen" | head -n 1
			else
				sed -n "${1}p" "$SCR_TMP/screen"
			fi | grep -qF -- "$2" && return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	scr_fail "timed out waiting for \"$2\" on row $1"
	return 1
}

# Waits until the screen stops changing (two identical captures 0.1 s
# apart): before checking that something is NOT shown, or comparing.
scr_settle() {
	prev=
	i=0
	while [ $i -lt $((SCR_TIMEOUT * 10)) ]; do
		cur=$(scr_capture -e)
		[ -n "$prev" ] && [ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep 0.1
		i=$((i + 1))
	done
}

# Quits with q and waits for hoso to be gone.
scr_quit() {
	scr_keys Q
	i=0
	while [ $i -lt $((SCR_TIMEOUT * 20)) ]; do
		scr_dead && return 0
		sleep 0.05
		i=$((i + 1))
	done
	scr_fail "Q did not quit"
	return 1
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

# The awk program behind scr_sgr_at and scr_sgr_all: replays the SGR
# sequences of `capture-pane -e` (tmux carries them across lines) and
# prints, at each occurrence of needle, the cell style in effect there as
# "fg=F bg=B attrs=A": F and B are "default", 0..255 or "r,g,b"; A holds
# b(old) d(im) i(talic) u(nderline) r(everse) k (blink), or "-".
SCR_SGR_AWK='
BEGIN { esc = sprintf("%c", 27); reset() }
function reset() { fg = "default"; bg = "default"; split("", at) }
function style(   a, k, o) {
	a = ""
	o = "bdiurk"
	for (k = 1; k <= 6; k++)
		if (substr(o, k, 1) in at)
			a = a substr(o, k, 1)
	return "fg=" fg " bg=" bg " attrs=" (a == "" ? "-" : a)
}
function apply(seq,   n, p, i, c) {
	n = split(seq, p, ";")
	if (n == 0) { reset(); return }
	for (i = 1; i <= n; i++) {
		c = p[i] + 0
		if (p[i] == "" || c == 0) reset()
		else if (c == 1) at["b"] = 1
		else if (c == 2) at["d"] = 1
		else if (c == 3) at["i"] = 1
		else if (c == 4) at["u"] = 1
		else if (c == 5) at["k"] = 1
		else if (c == 7) at["r"] = 1
		else if (c == 22) { delete at["b"]; delete at["d"] }
		else if (c == 23) delete at["i"]
		else if (c == 24) delete at["u"]
		else if (c == 25) delete at["k"]
		else if (c == 27) delete at["r"]
		else if (c >= 30 && c <= 37) fg = c - 30
		else if (c >= 90 && c <= 97) fg = c - 90 + 8
		else if (c == 39) fg = "default"
		else if (c >= 40 && c <= 47) bg = c - 40
		else if (c >= 100 && c <= 107) bg = c - 100 + 8
		else if (c == 49) bg = "default"
		else if ((c == 38 || c == 48) && p[i + 1] == 5) {
			if (c == 38) fg = p[i + 2] + 0; else bg = p[i + 2] + 0
			i += 2
		} else if ((c == 38 || c == 48) && p[i + 1] == 2) {
			if (c == 38) fg = p[i + 2] "," p[i + 3] "," p[i + 4]
			else bg = p[i + 2] "," p[i + 3] "," p[i + 4]
			i += 4
		}
	}
}
{
	line = $0
	while (line != "") {
		if (substr(line, 1, 2) == esc "[" &&
		    match(line, "^" esc "\\[[0-9;]*m")) {
			apply(substr(line, 3, RLENGTH - 3))
			line = substr(line, RLENGTH + 1)
			continue
		}
		if (want != "") {
			# Collect the text drawn in style want, a run a line.
			if (style() ~ want) run = run substr(line, 1, 1)
			else if (run != "") { print run; run = "" }
		} else if (substr(line, 1, length(needle)) == needle) {
			print style()
			if (first) exit
		}
		line = substr(line, 2)
	}
	if (run != "") { print run; run = "" }
}'

# The style of the first occurrence of a string on the screen; empty if
# it is not shown.
scr_sgr_at() {
	scr_capture -e | LC_ALL=C awk -v needle="$1" -v first=1 "$SCR_SGR_AWK"
}

# The style of every occurrence, one line each, top to bottom.
scr_sgr_all() {
	scr_capture -e | LC_ALL=C awk -v needle="$1" -v first=0 "$SCR_SGR_AWK"
}

# The text drawn in a style matching an awk regular expression (on
# "fg=F bg=B attrs=A"), one run a line: scr_styled 'bg=214 ' lists the
# search matches of the default theme.
scr_styled() {
	scr_capture -e | LC_ALL=C awk -v want="$1" "$SCR_SGR_AWK"
}

# The detail pane's text in the two-pane layout: every row from the
# first below the pane titles, right of the divider "┃", status line
# excluded.  $1: the first row of the panes (3, or 5 on the timeline).
scr_detail() {
	scr_capture | sed -n "${1:-3},\$p" | sed '$d' |
	    LC_ALL=C awk '{ i = index($0, "┃"); print i ? substr($0, i + 3) : "" }'
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
