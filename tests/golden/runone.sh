#!/bin/sh
# Runs one golden case: the .cmd file holds hoso's arguments (shell words,
# run from tests/ so fixture paths are short).  Prints stdout, then stderr
# and the exit status, in the form the .out files keep.
set -u
cmd=$1
HOSO=${HOSO:?}
cd "$(dirname "$0")/.." || exit 2
args=$(cat "golden/cases/$(basename "$cmd")")
eval "set -- $args"
env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 COLUMNS=80 "$HOSO" "$@" >/tmp/hoso-golden-out.$$ 2>/tmp/hoso-golden-err.$$ </dev/null
rc=$?
cat /tmp/hoso-golden-out.$$
echo "--- stderr"
cat /tmp/hoso-golden-err.$$
echo "--- exit $rc"
rm -f /tmp/hoso-golden-out.$$ /tmp/hoso-golden-err.$$
