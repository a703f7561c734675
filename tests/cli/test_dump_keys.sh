#!/bin/sh
# --dump-keys (issue 11, part 4): the reader's keys in force, one action
# a line (action TAB keys TAB what it does), after the config file's keys:
# or without it (--no-config); headless, with no terminal and no corpus.
# Bad entries in keys: are FILE:LINE:COL warnings and the status stays 0.
. tests/cli/lib.sh
export XDG_CONFIG_HOME=$T/cfg
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
C=$T/cfg/hoso/config.yaml
# No terminal at all.
unset TERM
line() { grep "^$1	" "$T/out"; }
# want ACTION KEYS: the line of ACTION has exactly those keys.
want() {
	[ "$(line "$1" | cut -f2)" = "$2" ] ||
	    fail "$1: keys '$(line "$1" | cut -f2)', expected '$2'"
}

run --dump-keys </dev/null
status 0 "defaults"
[ ! -s "$T/err" ] || { cat "$T/err"; fail "the defaults said something"; }
want down "j, Down, Ctrl-N"
want next-item "J"
want first "g, Home"
want line-up "Ctrl-Y"
want open "Enter"
want back "Backspace, Ctrl-O"
want clear-highlight "Esc-u"
want next-year "]"
has "$T/out" "quit	Q	quit from anywhere (the reading position is saved)"
# Every line has three fields, the first kebab-case, none twice.
awk -F'\t' 'NF != 3 || $1 !~ /^[a-z]+(-[a-z]+)*$/ { print; bad = 1 }
    END { exit bad }' "$T/out" || fail "a line is not action TAB keys TAB text"
[ "$(cut -f1 "$T/out" | sort | uniq -d)" = "" ] || fail "an action twice"
[ "$(wc -l <"$T/out")" -ge 40 ] || fail "fewer than 40 actions"
cp "$T/out" "$T/defaults"

mkdir -p "$T/cfg/hoso"
cat >"$C" <<'Y'
lang: en
keys:
  next-item: [j, "ctrl-n", ư]
  quit: [Q, Ctrl-Q]
  line-up: null
  first: "g g"
  jump-around: x
  help: [F1, "Hyper-x", "?"]
  search: []
  last: 7
  prev-item: Nope
Y
run --dump-keys </dev/null
status 0 "warnings only"
has "$T/err" "$C:7:3: warning: keys: unknown action 'jump-around'"
has "$T/err" "$C:8:14: warning: help: 'Hyper-x': not a key name; ignored"
has "$T/err" "$C:10:9: warning: last: '7': digits are counts"
has "$T/err" "$C:11:14: warning: prev-item: 'Nope': not a key name"
[ "$(grep -c ": warning: " "$T/err")" -eq 4 ] || { cat "$T/err"; fail "not 4 warnings"; }
hasnt "$T/err" "error"
# Given keys replace the defaults; a key given is taken from the other
# actions; null and [] unbind; bad keys cost only themselves, and an
# action left with no good key keeps its defaults.
want next-item "j, Ctrl-N, ư"
want down "Down"
want quit "Q, Ctrl-Q"
want line-up ""
want search ""
want first "g g"
want help "F1, ?"
want last "G, End"
want prev-item "K"
has "$T/out" "first	g g	first item or top"

# --help lists the same keys (what is unbound is not there).
run --help </dev/null
status 0
has "$T/out" "j, Ctrl-N, ư"
has "$T/out" "g g "
hasnt "$T/out" "y, Ctrl-Y"
hasnt "$T/out" "  j, Down"

# --no-config and --config.
run --dump-keys --no-config </dev/null
status 0
[ ! -s "$T/err" ] || fail "--no-config read the file"
cmp -s "$T/out" "$T/defaults" || fail "--no-config is not the defaults"
printf 'keys:\n  zoom: Z\n' >"$T/other.yaml"
run --dump-keys --config "$T/other.yaml" </dev/null
status 0
want zoom "Z"
want next-item "J"
run --dump-keys --config "$T/missing.yaml"
status 2 "a --config that is not there"

# keys: that is no mapping, and a value that is one.
printf 'keys: [j]\n' >"$C"
run --dump-keys
status 0
has "$T/err" "$C:1:7: warning: keys: expected a mapping of action names to keys"
printf 'keys:\n  quit: {a: b}\n' >"$C"
run --dump-keys
status 0
has "$T/err" "$C:2:9: warning: quit: expected a key, a list of keys or null"
want quit "Q"

# The sample config file: as shipped, all comments, so the defaults;
# with its settings taken in (one # off), no warning and its keys.
run --dump-keys --config config.yaml.sample
status 0
[ ! -s "$T/err" ] || { cat "$T/err"; fail "the sample said something"; }
cmp -s "$T/out" "$T/defaults" || fail "the sample as shipped changes keys"
grep -v '^##' config.yaml.sample | sed 's/^#//' >"$T/sample.yaml"
run --dump-keys --config "$T/sample.yaml"
status 0
[ ! -s "$T/err" ] || { cat "$T/err"; fail "the sample's settings warn"; }
want first "g g, Home"
want quit "Q, Ctrl-Q"
want line-up ""
want search-corpus "s, ư"
want clear-highlight "Esc-u"
# make install puts it in share/hoso/ (asked with -n: this test builds
# nothing).
make -n install DESTDIR=/d PREFIX=/usr 2>/dev/null |
    grep -q ' config.yaml.sample /d/usr/share/hoso/' ||
    fail "make install does not install the sample config file"
done_
