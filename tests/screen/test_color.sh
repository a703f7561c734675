#!/bin/sh
# Colours and themes: the default theme draws in colour; NO_COLOR (set
# and not empty) draws with attributes only, and the selection is still
# visible; --theme mono likewise; --theme light differs from the default;
# an 8-colour terminal gets only the 8 colours; a bad theme file gets a
# FILE:LINE:COL warning and the reader still starts, in colour.
. tests/screen/lib.sh

# colours: the SGR colour codes on the screen, one per line.
colours() {
	scr_capture -e | grep -o "$(printf '\033')\[[0-9;]*m" |
	    tr -d '\033[m' | tr ';' '\n' | grep -E '^(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38|48)$'
}

start_ok() {
	scr_start 80 24 C.UTF-8 "$@"
	scr_wait "Articles" || return 1
	scr_keys j
	scr_settle
}

scr_context "default theme"
start_ok
[ -n "$(colours)" ] || scr_fail "the default theme shows no colour"
scr_capture -e | grep -q "48;5;" ||
    scr_fail "the default theme uses no 256-colour background"
default_screen=$(scr_capture -e)
scr_quit

scr_context "NO_COLOR=1"
start_ok NO_COLOR=1
[ -z "$(colours)" ] || scr_fail "NO_COLOR: colours drawn: $(colours | sort -u | tr '\n' ' ')"
# The selected article stands out by attributes (reverse or bold).
sel=$(scr_styled 'attrs=[a-z]*[rb]' | head -n 1)
[ -n "$sel" ] || scr_fail "NO_COLOR: nothing drawn with reverse or bold"
scr_has "Chủ tịch nước đề nghị"
scr_quit

scr_context "NO_COLOR empty"
start_ok NO_COLOR=
[ -n "$(colours)" ] || scr_fail "an empty NO_COLOR turned colours off"
scr_quit

scr_context "--theme mono"
start_ok -- --theme mono
[ -z "$(colours)" ] || scr_fail "mono: colours drawn"
scr_quit

scr_context "--theme light"
start_ok -- --theme light
[ -n "$(colours)" ] || scr_fail "light: no colour"
[ "$(scr_capture -e)" != "$default_screen" ] ||
    scr_fail "light looks exactly like the default theme"
scr_quit

scr_context "--theme FILE"
start_ok -- --theme themes/light.yaml
[ -n "$(colours)" ] || scr_fail "light by path: no colour"
scr_quit

scr_context "8 colours"
start_ok TERM=xterm
[ -n "$(colours)" ] || scr_fail "8 colours: no colour at all"
scr_capture -e | grep -q "[34]8;5;" &&
    scr_fail "8 colours: 256-colour codes drawn"
scr_quit

scr_context "bad theme file"
scr_start 200 24 C.UTF-8 -- --theme tests/fixtures/theme/bad.yaml
scr_wait "Articles"
scr_wait "tests/fixtures/theme/bad.yaml:3:1: warning: unknown key"
[ -n "$(colours)" ] || scr_fail "a bad theme file left no colours"
scr_quit

scr_context "unknown theme"
scr_start 120 24 C.UTF-8 -- --theme no-such-theme
scr_wait "Articles"
scr_wait "no-such-theme"
[ -n "$(colours)" ] || scr_fail "an unknown theme left no colours"
scr_quit
scr_done
