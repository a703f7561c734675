#!/bin/sh
# Signals at random moments: every signal that ends hoso by default
# (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
# SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE) and the faults (SIGSEGV, SIGBUS,
# SIGFPE, SIGILL, SIGABRT), while reading, while indexing a corpus of
# 2,000 articles, and during the saves of the state and of a bookmark;
# SIGTSTP then fg, and a SIGCONT out of the blue.  After each: the
# terminal as the shell had it (icanon and echo on, the normal screen
# with the shell's text), an exit status that names the signal (under
# the sanitizer build a fault is its report, exit 1), the state and the
# bookmarks old or new but whole, and at the end an index that answers
# as a clean one does.
. tests/hostile/lib.sh
. tests/hostile/tty.sh
export XDG_CACHE_HOME="$T/cache" XDG_STATE_HOME="$T/state" \
    XDG_CONFIG_HOME="$T/config"
STATE=$T/state/hoso/state

signum() {
	case $1 in
	HUP) echo 1;; INT) echo 2;; QUIT) echo 3;; ILL) echo 4;; ABRT) echo 6;;
	BUS) echo 7;; FPE) echo 8;; USR1) echo 10;; SEGV) echo 11;;
	USR2) echo 12;; PIPE) echo 13;; ALRM) echo 14;; TERM) echo 15;;
	XCPU) echo 24;; XFSZ) echo 25;; VTALRM) echo 26;; PROF) echo 27;;
	esac
}

# rnd MS: a random delay of 0 to MS milliseconds, in seconds.
rnd() {
	awk -v m="$1" -v s="$(date +%N)" 'BEGIN { srand(s); printf "%.3f\n", rand() * m / 1000 }'
}

# The state file whole: the magic line, then only lines of its grammar,
# the last one ended; a file moved aside means one was not.
state_whole() {
	[ -e "$STATE.bad" ] && fail "a state file was found corrupt and moved aside"
	[ -e "$STATE" ] || return 0
	head -n 1 "$STATE" | grep -qx "hoso-state 2" ||
	    fail "the state file does not start with its magic line"
	[ -z "$(tail -c 1 "$STATE")" ] || fail "the state file is cut short"
	bad=$(sed 1d "$STATE" | grep -vcE '^(history (find-list|find-text|corpus|filter|pipe) .*|corpus /.*|view [a-z]+|article [^ ]+|topic [^ ]+|milestone .+|pos [^ ]+ [0-9]+)$')
	[ "$bad" -eq 0 ] || fail "$bad lines of the state file do not parse"
	ls "$T/state/hoso" | grep -q '\.tmp\.' &&
	    fail "a temporary is left: $(ls "$T/state/hoso")"
}

# The bookmarks whole: every one listed, no warning, none moved aside.
bookmarks_whole() {
	ls "$T/state/hoso" | grep -q 'bookmarks.*\.bad' &&
	    fail "a bookmark file was moved aside"
	run -C "${1:-content}" --bookmarks
	status 0
	[ -s "$T/err" ] && fail "--bookmarks says: $(head -n 2 "$T/err")"
}

# ended SIG RC: the status names the signal (a fault under the sanitizer:
# its report and exit 1).
ended() {
	n=$(signum "$1")
	if [ "$2" -eq $((128 + n)) ]; then
		return 0
	fi
	if [ "$2" -eq 1 ] && grep -q "AddressSanitizer: $1" "$tty_tag.err"; then
		return 0
	fi
	fail "exit $2, expected $((128 + n)) for SIG$1"
}

# One signal at a random moment of reading: before the screen is up or
# after, while keys are being handled.
for sig in INT TERM HUP QUIT USR1 USR2 ALRM VTALRM PROF XCPU XFSZ PIPE \
    SEGV BUS FPE ILL ABRT; do
	begin "reading-SIG$sig"
	tty_start sig 100 30 -- -C content || continue
	sleep "$(rnd 800)"
	tty_keys j j l j
	sleep "$(rnd 300)"
	kill -s "$sig" "$tty_pid"
	tty_exit || continue
	ended "$sig" "$tty_rc"
	tty_restored
	case $sig in
	SEGV|BUS|FPE|ILL|ABRT) ;;
	*) tty_clean_err ;;
	esac
	state_whole
done

# While a corpus is being indexed in the background.  Each run starts
# from no index (its own cache, emptied first): taking it on from where
# the last run stopped, a fast machine finished it within three runs and
# the later ones had no indexing left to interrupt.  The last run's
# broken-off index is what indexing-result checks.
cc -std=c11 -O2 -D_GNU_SOURCE -o "$T/gen" tests/bench/gen.c -lunistring &&
    "$T/gen" content "$T/c" 2000 >/dev/null || {
	echo "case FAIL gen: cannot make the corpus"
	exit 1
}
for sig in INT TERM HUP QUIT USR1 ALRM SEGV; do
	begin "indexing-SIG$sig"
	rm -rf "$T/idxcache"
	cache=${XDG_CACHE_HOME-}
	export XDG_CACHE_HOME="$T/idxcache"
	tty_start idx 100 30 -- -C "$T/c"
	started=$?
	XDG_CACHE_HOME=$cache
	[ "$started" -eq 0 ] || continue
	tty_wait "indexing" || { kill -9 "$tty_pid"; continue; }
	sleep "$(rnd 600)"
	kill -s "$sig" "$tty_pid"
	tty_exit || continue
	ended "$sig" "$tty_rc"
	tty_restored
	state_whole
done

begin "indexing-SIGTSTP-fg"
TTY_JOBS=1 tty_start tstp 100 30 -- -C "$T/c" && tty_wait " hoso " && {
	sleep "$(rnd 500)"
	kill -s TSTP "$tty_pid"
	k=0
	while [ ! -e "$tty_tag.stopped" ] && [ $k -lt 100 ]; do
		sleep 0.05
		k=$((k + 1))
	done
	if [ -e "$tty_tag.stopped" ]; then
		tty_modes_ok "$tty_tag.stty-stopped"
		[ "$(tty_pane '#{alternate_on}')" = 0 ] ||
		    fail "on the alternate screen while stopped"
		: >"$tty_tag.go"
		tty_wait " hoso "
		[ "$(tty_pane '#{alternate_on}')" = 1 ] ||
		    fail "not back on the alternate screen after fg"
		tty_keys j Q
		tty_exit && { [ "$tty_rc" -eq 0 ] || fail "exit $tty_rc after fg"; }
		tty_restored
		tty_clean_err
	else
		fail "SIGTSTP did not stop the reader"
		kill -9 "$tty_pid"
	fi
}

begin "SIGCONT-not-stopped"
tty_start cont 100 30 -- -C content && tty_wait " hoso " && {
	kill -s CONT "$tty_pid"
	sleep 0.2
	tty_keys 2
	tty_wait "Timeline"
	tty_keys Q
	tty_exit && { [ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"; }
	tty_restored
	tty_clean_err
	state_whole
}

# The index the runs above left answers as one made in memory.
begin "indexing-result"
# 2,000 articles take a while under the sanitizers.
HOSTILE_TIMEOUT=180
run -C "$T/c" --no-cache --search "thị thực"
sort "$T/out" >"$T/want"
cache=${XDG_CACHE_HOME-}
export XDG_CACHE_HOME="$T/idxcache"
run -C "$T/c" --search "thị thực"
XDG_CACHE_HOME=$cache
HOSTILE_TIMEOUT=20
status 0
sort "$T/out" >"$T/got"
[ -s "$T/want" ] || fail "the clean index found nothing"
cmp -s "$T/want" "$T/got" ||
    fail "the index differs from a clean one: $(diff "$T/want" "$T/got" | head -n 4)"

# During the saves: the state on quitting, a bookmark as it is made.
for sig in INT TERM HUP QUIT USR1; do
	begin "state-save-SIG$sig"
	tty_start save 100 30 -- -C content || continue
	tty_wait " hoso " || continue
	tty_keys j j j l j j
	sleep 0.1
	tty_keys Q
	sleep "$(rnd 40)"
	kill -s "$sig" "$tty_pid" 2>/dev/null
	tty_exit || continue
	[ "$tty_rc" -eq 0 ] || ended "$sig" "$tty_rc"
	tty_restored
	tty_clean_err
	state_whole

	begin "bookmark-save-SIG$sig"
	tty_start bm 100 30 -- -C content || continue
	tty_wait " hoso " || continue
	# In the Articles view (the state may hold another), the list.
	tty_keys 1 h m
	tty_wait "Note (" || { tty_keys Q; continue; }
	tty_keys -l "ghi chú số $(signum "$sig")"
	tty_keys Enter
	sleep "$(rnd 40)"
	kill -s "$sig" "$tty_pid" 2>/dev/null
	tty_exit || continue
	ended "$sig" "$tty_rc"
	tty_restored
	state_whole
	bookmarks_whole
done

finish
