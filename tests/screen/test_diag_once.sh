#!/bin/sh
# A load warning in reader mode reaches stderr exactly once, after the
# reader has quit: not echoed while loading (under the screen) and again
# at the end.
. tests/screen/lib.sh

dir=$SCR_TMP/c
mkdir -p "$dir/articles"
cp tests/fixtures/corpus/articles/*.txt "$dir/articles/"
# The fixture map is clean; one unknown top-level key makes one warning.
cp tests/fixtures/corpus/topics.yaml "$dir/topics.yaml"
printf 'version: 1\n' >>"$dir/topics.yaml"
warning="topics.yaml:$(wc -l <"$dir/topics.yaml" | tr -d ' '):1: warning: unknown key 'version'"

"$HOSO" -C "$dir" --list >/dev/null 2>"$SCR_TMP/list-err"
grep -qF -- "$warning" "$SCR_TMP/list-err" ||
    scr_fail "the corpus does not give the warning: $(cat "$SCR_TMP/list-err")"
[ "$(wc -l <"$SCR_TMP/list-err")" -eq 1 ] ||
    scr_fail "the corpus gives more than one diagnostic"

# The shell keeps the status: tmux's #{pane_dead_status} is not reliable
# (see scr_exit_status).
scr_start_sh 80 24 "env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE \
    -u NO_COLOR LANG=C.UTF-8 '$HOSO' --no-state -C '$dir' \
    2>'$SCR_TMP/err'; echo \$? >'$SCR_TMP/status'"
scr_wait_pane "Articles"
scr_quit
[ "$(cat "$SCR_TMP/status" 2>/dev/null)" = 0 ] ||
    scr_fail "exit status $(cat "$SCR_TMP/status" 2>/dev/null)"
n=$(grep -cF -- "$warning" "$SCR_TMP/err")
[ "$n" -eq 1 ] || {
	scr_fail "the warning is on stderr $n times, not once"
	sed 's/^/stderr: /' "$SCR_TMP/err"
}

# Killed by a signal, the reader dies of it, and still says it once.  (In
# the background, so the shell knows its pid; a shell without job control
# would give it /dev/null for input, hence the tty.)
rm -f "$SCR_TMP/err" "$SCR_TMP/status"
scr_start_sh 80 24 "env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE \
    -u NO_COLOR LANG=C.UTF-8 '$HOSO' --no-state -C '$dir' \
    </dev/tty 2>'$SCR_TMP/err' & echo \$! >'$SCR_TMP/pid'; \
    wait \$!; echo \$? >'$SCR_TMP/status'"
scr_wait_pane "Articles"
kill -TERM "$(cat "$SCR_TMP/pid")"
i=0
while [ ! -s "$SCR_TMP/status" ] && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
[ "$(cat "$SCR_TMP/status" 2>/dev/null)" = 143 ] ||
    scr_fail "after SIGTERM: exit status $(cat "$SCR_TMP/status" 2>/dev/null), want 143"
n=$(grep -cF -- "$warning" "$SCR_TMP/err")
[ "$n" -eq 1 ] || {
	scr_fail "after SIGTERM the warning is on stderr $n times, not once"
	sed 's/^/stderr: /' "$SCR_TMP/err"
}
scr_done
