# Shared by the fault suite (tests/hostile/test_CATEGORY.sh): run from the
# repository root by tests/run.sh with $HOSO set to the binary under test.
# A script is one category; each hostile input it tries is one case, and
# says so on a line of its own ("case ok NAME" or "case FAIL NAME: why"),
# which tests/run.sh counts, so the note can give cases per category.
HOSO=${HOSO:-./hoso}
FIX=tests/fixtures
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
case_failures=0
case_name=""
case_bad=0

# begin NAME: the checks until the next begin (or finish) are one case
begin() { end_case; case_name=$1; case_bad=0; }
end_case() {
	[ -n "$case_name" ] || return 0
	if [ "$case_bad" -eq 0 ]; then
		echo "case ok $case_name"
	else
		echo "case FAIL $case_name"
		case_failures=$((case_failures + 1))
	fi
	case_name=""
}
fail() { echo "  $case_name: $*"; case_bad=1; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }
hasnt() { ! grep -qF -- "$2" "$1" || fail "$1 has '$2'"; }
# run ARGS: hoso with a time limit (a hang is a failure, not a stuck
# suite); stdout in $T/out, stderr in $T/err, status in $rc (124: timeout)
run() {
	timeout -k 2 "${HOSTILE_TIMEOUT:-20}" "$HOSO" "$@" </dev/null \
	    >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" -ne 124 ] || fail "timed out: $*"
}
status() { [ "$rc" -eq "$1" ] || fail "exit $rc, expected $1"; }
nonzero() { [ "$rc" -ne 0 ] || fail "exit 0, expected an error"; }
# no_controls FILE: no byte of C0 (but tab and newline), DEL, ESC or raw
# C1 and no UTF-8-encoded C1 reached the output
no_controls() {
	if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"; then
		fail "$1 holds control bytes: $(LC_ALL=C grep -naP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1" | head -n 2 | od -c | head -n 3)"
	fi
}
finish() { end_case; [ "$case_failures" -eq 0 ]; exit $?; }
