#!/bin/sh
# The config file (issue 10): $XDG_CONFIG_HOME/hoso/config.yaml, or
# --config FILE, or none with --no-config.  Every problem in it is a
# FILE:LINE:COL warning on stderr that costs its key only: the run goes
# on, and warnings alone leave the exit status 0.  A missing default file
# is nothing; a --config that cannot be read is exit 2.
. tests/cli/lib.sh
export XDG_CONFIG_HOME=$T/cfg
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
C=$T/cfg/hoso/config.yaml

# No config directory at all: nothing said.
run -C "$FIX/corpus" --check
status 0
[ ! -s "$T/err" ] || { cat "$T/err"; fail "a missing config file said something"; }

mkdir -p "$T/cfg/hoso"
cat >"$C" <<'Y'
# my settings
lang: vi
text-width: 12
colour: red
text-align: right
mouse: maybe
Y
run -C "$FIX/corpus" --topic visas
status 0 "warnings only"
has "$T/err" "$C:3:13: warning: text-width: expected a width from 20 to 500, or 0 or none for no limit, found '12'"
has "$T/err" "$C:4:1: warning: unknown key 'colour'"
has "$T/err" "$C:5:13: warning: text-align: expected left or center, found 'right'"
has "$T/err" "$C:6:8: warning: mouse: expected true or false, found 'maybe'"
[ "$(grep -c ": warning: " "$T/err")" -eq 4 ] || { cat "$T/err"; fail "not 4 warnings"; }
hasnt "$T/err" "error"
# The good key around the bad ones is taken.
has "$T/out" "Từ khóa:"
# --check counts them as warnings too: status 0.
run -C "$FIX/corpus" --check
status 0
has "$T/err" "$C:4:1: warning: unknown key 'colour'"

# --no-config reads nothing.
run -C "$FIX/corpus" --topic visas --no-config
status 0
[ ! -s "$T/err" ] || { cat "$T/err"; fail "--no-config still read the file"; }
has "$T/out" "Keywords:"

# A file that does not parse: warnings with a position, never fatal.
printf 'lang: vi\nmouse: [false\n' >"$C"
run -C "$FIX/corpus" --list
status 0 "unparsable config"
grep -qE "^$C:[0-9]+:[0-9]+: warning: " "$T/err" || { cat "$T/err"; fail "no FILE:LINE:COL warning"; }
hasnt "$T/err" "error:"
[ -s "$T/out" ] || fail "--list printed nothing"
# Not a mapping.
printf -- '- lang: vi\n' >"$C"
run -C "$FIX/corpus" --list
status 0
has "$T/err" "$C:1:1: warning: expected a mapping"
# Empty: nothing to say.
: >"$C"
run -C "$FIX/corpus" --list
status 0
[ ! -s "$T/err" ] || fail "an empty config said something"
# The default file unreadable (a directory in its place): a warning.
rm "$C"
mkdir "$C"
run -C "$FIX/corpus" --list
status 0
has "$T/err" "$C: warning: not a regular file (a directory)"
rmdir "$C"

# --config FILE instead of the default one.
printf 'lang: en\n' >"$C"
printf 'lang: vi\nbogus: 1\n' >"$T/other.yaml"
run -C "$FIX/corpus" --topic visas --config "$T/other.yaml"
status 0
has "$T/out" "Từ khóa:"
has "$T/err" "$T/other.yaml:2:1: warning: unknown key 'bogus'"
# One that cannot be read: exit 2, one line, nothing on stdout.
run -C "$FIX/corpus" --list --config "$T/none.yaml"
status 2
has "$T/err" "hoso: --config $T/none.yaml: no such file"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "--config missing: not one line"
[ ! -s "$T/out" ] || fail "--config missing: stdout not empty"
run -C "$FIX/corpus" --list --config "$T"
status 2
has "$T/err" "hoso: --config $T: "
# --config and --no-config exclude each other.
run -C "$FIX/corpus" --list --config "$T/other.yaml" --no-config
status 2
has "$T/err" "exclude each other"

# The reader (no terminal here) says the file's warnings as well.
printf 'colour: red\n' >"$C"
run -C "$FIX/corpus"
status 2
has "$T/err" "$C:1:1: warning: unknown key 'colour'"
has "$T/err" "needs a terminal"
done_
