#!/bin/sh
# Terminals: absurd LINES and COLUMNS (the terminal's own size is used,
# with a warning naming the variable), TERM unset, empty, unknown or dumb
# and standard input or output not a terminal (one clear error, exit 2,
# no escape sequence anywhere, the normal screen kept; the modes work
# headless), and a storm of resizes (500, down to 1x1) mixed with random
# keys in every view, in the help overlay and in the prompts: the reader
# survives, draws a sane screen at the end and quits cleanly (no
# sanitizer report under SAN=1); and the terminal gone under the reader.
. tests/hostile/lib.sh
. tests/hostile/tty.sh
export XDG_CACHE_HOME="$T/cache" XDG_STATE_HOME="$T/state" \
    XDG_CONFIG_HOME="$T/config"
esc=$(printf '\033')

# The reader up and sane at a pane of $1 x $2: the header on the first
# row, the status line on the last.
sane() {
	tty_wait " hoso " || return 1
	tty_wait_row "$2" || return 1
	tty_capture | sed -n 1p | grep -q " hoso " ||
	    fail "the header is not on row 1"
	[ "$(tty_capture | LC_ALL=C.UTF-8 wc -L)" -le "$1" ] ||
	    fail "a row wider than the $1 columns of the window"
}

for v in LINES=100000 COLUMNS=100000 LINES=0 COLUMNS=-1 LINES=abc \
    COLUMNS=99999999999999999999 "LINES=" "LINES=50 COLUMNS=300"; do
	begin "size-env-$(echo "$v" | tr ' =' '_-')"
	# shellcheck disable=SC2086
	tty_start size 80 24 $v || continue
	# The 24 rows are the terminal's, whatever LINES says.
	sane 80 24 || continue
	tty_keys Q
	tty_exit || continue
	[ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"
	tty_restored
	tty_clean_err
	case $v in
	"LINES=50 COLUMNS=300")
		# Sizes that could be, but are not this window's: no warning,
		# the window wins.
		[ -s "$tty_tag.err" ] && fail "stderr: $(cat "$tty_tag.err")";;
	*)
		grep -q "warning: ${v%%=*}=.* is not a terminal size" \
		    "$tty_tag.err" || fail "no warning naming ${v%%=*}:" \
		    "$(cat "$tty_tag.err")";;
	esac
done

for t in unset empty unknown dumb; do
	begin "TERM-$t"
	case $t in
	unset) tty_start term 80 24 -u TERM -- --no-state ;;
	empty) tty_start term 80 24 TERM= ;;
	unknown) tty_start term 80 24 TERM=no-such-terminal-xyz ;;
	dumb) tty_start term 80 24 TERM=dumb ;;
	esac
	tty_exit || continue
	[ "$tty_rc" -eq 2 ] || fail "exit $tty_rc, expected 2"
	[ "$(grep -c . "$tty_tag.err")" -eq 1 ] ||
	    fail "not one line of error: $(cat "$tty_tag.err")"
	grep -q '^hoso: .*TERM' "$tty_tag.err" ||
	    fail "the error does not name TERM: $(cat "$tty_tag.err")"
	tty_capture -e | grep -q "$esc" && fail "escape sequences were drawn"
	tty_restored
	# The modes do not need the terminal.
	TERM= run --list
	status 0
	[ -s "$T/out" ] || fail "--list printed nothing"
done

begin "stdin-not-a-tty"
# A shell between the wrapper and hoso, to redirect hoso's input alone.
tty_tmux kill-session -t "$TTY_S" >/dev/null 2>&1
mkdir -p "$T/tty"
tty_tag=$T/tty/stdin
rm -f "$tty_tag".*
tty_tmux new-session -d -s "$TTY_S" -x 80 -y 24 "sh '$T/wrap.sh' \
    '$tty_tag' sh -c 'exec \"\$0\" --no-state </dev/null' '$HOSO'"
tty_exit && {
	[ "$tty_rc" -eq 2 ] || fail "exit $tty_rc, expected 2"
	grep -q "standard input is not one" "$tty_tag.err" ||
	    fail "the error does not say standard input: $(cat "$tty_tag.err")"
	tty_capture -e | grep -q "$esc" && fail "escape sequences were drawn"
	tty_restored
}

begin "stdout-not-a-tty"
run --no-state
status 2
[ -s "$T/out" ] && fail "something was written to standard output"
has "$T/err" "standard output is not one"
no_controls "$T/err"
# ... and in a terminal whose stdout is a file
run --list
status 0

# The storm: in each place, N steps of a resize to a random size (1x1 up
# to 250x80) and a random key, sent in batches, then the window put back
# to 100x30: the reader redraws at that size and quits on Q.
storm() {
	awk -v seed="$1" -v n="$2" -v keys="$3" -v s="$TTY_S" 'BEGIN {
		srand(seed)
		nk = split(keys, k, " ")
		for (i = 0; i < n; i++) {
			w = 1 + int(rand() * rand() * 250)
			h = 1 + int(rand() * rand() * 80)
			printf "resize-window -t %s -x %d -y %d ; ", s, w, h
			printf "send-keys -t %s \047%s\047 ; ", s, k[1 + int(rand() * nk)]
			if (i % 10 == 9)
				printf "\n"
		}
		printf "\n"
	}' | while IFS= read -r line; do
		[ -n "$line" ] || continue
		# shellcheck disable=SC2086
		eval "tty_tmux $(echo "$line" | sed 's/ ; *$//; s/ ; / \\; /g')" \
		    >/dev/null 2>&1 || echo "$line" >>"$T/storm.failed"
		sleep 0.02
	done
	tty_tmux resize-window -t "$TTY_S" -x 100 -y 30 >/dev/null 2>&1
	if [ -s "$T/storm.failed" ]; then
		fail "tmux refused: $(head -n 1 "$T/storm.failed")"
		rm -f "$T/storm.failed"
	fi
}

VIEW_KEYS="j k e J K Space b d u g G h l Tab BTab Enter BSpace f n N } { ] [ + - z < > c o M C-l Down Up Left Right NPage PPage Home End"
HELP_KEYS="j k Space b g G d u Down Up NPage PPage Home End C-l"
PROMPT_KEYS="a b t h i ự c ạ Space BSpace Left Right Home End C-a C-e C-u C-w 1 : -"

# view: its key, its pane's title once there, steps
for v in "1 Articles 60" "2 Timeline 60" "3 Topics 60" "4 Bookmarks 60" \
    "s Results 60" "? Help 100" "/ Search 50" "& Filter 50"; do
	set -- $v
	begin "resizes-$2"
	tty_start storm 100 30 || continue
	sane 100 30 || continue
	keys=$VIEW_KEYS
	case $1 in
	s)	tty_keys s
		tty_keys -l "thị thực"
		tty_keys Enter
		tty_wait "Results" || continue ;;
	\?)	tty_keys "?"
		tty_wait "Help" || continue
		keys=$HELP_KEYS ;;
	/|\&)	tty_keys "$1"
		keys=$PROMPT_KEYS ;;
	*)	tty_keys "$1" ;;
	esac
	storm "$(date +%N)" "$3" "$keys"
	# Out of the overlay or the prompt (Esc), then the sane screen.
	case $1 in \?|/|\&) tty_keys Escape ;; esac
	tty_keys C-l
	sane 100 30 || { tty_keys Q; continue; }
	tty_keys Q
	tty_exit || continue
	[ "$tty_rc" -eq 0 ] || fail "exit $tty_rc after the storm"
	tty_restored
	tty_clean_err
done

# The terminal goes away under a reader that is not the session leader
# (its leader ignores SIGHUP and stays, so nobody sends hoso one): it
# must see its input end, save its state and exit within two seconds,
# not spin (the busy loop of an earlier release; tests/screen/
# test_hangup.sh has the idle half).
begin "terminal-gone"
gone_sock=$TTY_SOCK-gone
rm -f "$T/gone.pid"
tmux -L "$gone_sock" -f "$T/tmux.conf" new-session -d -x 80 -y 24 \
    "trap '' HUP; sh -c 'echo \$\$ >\"$T/gone.pid\"; exec env \
    -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 \
    XDG_STATE_HOME=\"$T/gone\" XDG_CACHE_HOME=\"$XDG_CACHE_HOME\" \
    \"$HOSO\"'; sleep 30"
tty_k=0
until [ -s "$T/gone.pid" ] &&
    tmux -L "$gone_sock" capture-pane -p | grep -q " hoso "; do
	sleep 0.05
	tty_k=$((tty_k + 1))
	[ $tty_k -lt 200 ] || break
done
gpid=$(cat "$T/gone.pid" 2>/dev/null)
if [ -z "$gpid" ] || [ ! -d "/proc/$gpid" ]; then
	fail "the reader did not start"
else
	tmux -L "$gone_sock" send-keys j
	sleep 0.3
	tmux -L "$gone_sock" kill-server >/dev/null 2>&1
	tty_k=0
	while [ -d "/proc/$gpid" ] && [ $tty_k -lt 40 ]; do
		sleep 0.05
		tty_k=$((tty_k + 1))
	done
	if [ -d "/proc/$gpid" ]; then
		t0=$(awk '{ print $14 + $15 }' "/proc/$gpid/stat")
		sleep 1
		t1=$(awk '{ print $14 + $15 }' "/proc/$gpid/stat" 2>/dev/null)
		fail "still running 2 s after its terminal went away (${t1:-?} - $t0 ticks of CPU in the next second)"
		kill -9 "$gpid" 2>/dev/null
	fi
	grep -q "^view articles" "$T/gone/hoso/state" 2>/dev/null ||
	    fail "the state was not saved"
fi
tmux -L "$gone_sock" kill-server >/dev/null 2>&1

finish
