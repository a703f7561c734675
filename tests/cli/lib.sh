# Shared by the command-line tests: run from the repository root by
# tests/run.sh with $HOSO set to the binary under test.
HOSO=${HOSO:-./hoso}
FIX=tests/fixtures
failures=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# has FILE STRING: the file contains the string
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }
hasnt() { ! grep -qF -- "$2" "$1" || fail "$1 has '$2'"; }
# runs hoso, stdout to $T/out, stderr to $T/err, status to $rc
run() { "$HOSO" "$@" >"$T/out" 2>"$T/err"; rc=$?; }
status() { [ "$rc" -eq "$1" ] || fail "exit $rc, expected $1 ($*)"; }
done_() { [ "$failures" -eq 0 ]; exit $?; }
