# The reader under tmux for the fault suite's cases that need a terminal
# (sourced after lib.sh): a private server on its own socket, an empty
# config, the pane kept after hoso exits so that what it printed last can
# be read.  Waiting is by polling the pane, never by a long sleep.
#
#   tm_start W H 'shell command'    # one session at a time
#   tm_wait TEXT                    # 0 once the pane shows TEXT
#   tm_keys q                       # keys by tmux name
#   tm_pane                         # the pane as text
TM_SOCK=hoso-hostile-$$
TM_UP=0
tm() { tmux -L "$TM_SOCK" -f "$T/tmux.conf" "$@"; }
# The server lives from the first session to the end of the script, kept
# with no session (exit-empty off): one that exits with its last session
# is still going away when the next new-session connects, which fails.
tm_stop() { tm kill-session -t h >/dev/null 2>&1; }
tm_end() {
	[ "$TM_UP" -eq 0 ] || tm kill-server >/dev/null 2>&1
	TM_UP=0
}
trap 'tm_end; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
printf '%s\n' 'set -g default-terminal "tmux-256color"' \
    'set -g remain-on-exit on' 'set -g status off' 'set -g escape-time 0' \
    'set -s set-clipboard on' 'set -s exit-empty off' >"$T/tmux.conf"
tm_start() {
	if [ "$TM_UP" -eq 0 ]; then
		tm start-server \; set -s exit-empty off || {
			fail "no tmux server"
			return 1
		}
		TM_UP=1
	fi
	tm_stop
	tm new-session -d -s h -x "$1" -y "$2" "$3" || {
		fail "tmux would not start"
		return 1
	}
	tm resize-window -t h -x "$1" -y "$2" >/dev/null 2>&1
	return 0
}
tm_pane() { tm capture-pane -p -t h 2>/dev/null; }
tm_keys() { tm send-keys -t h "$@"; }
tm_wait() {
	k=0
	while [ $k -lt $(( ${TM_TIMEOUT:-10} * 20 )) ]; do
		tm_pane | grep -qF -- "$1" && return 0
		sleep 0.05
		k=$((k + 1))
	done
	fail "the pane never showed '$1'"
	tm_pane | sed 's/^/  |/' | head -n 12
	return 1
}
