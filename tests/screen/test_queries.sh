#!/bin/sh
# Saved queries (issue 11, section 1): the config file's queries: are
# rows at the top of the Topics view, marked "&", each with its name
# and the number of articles it keeps; its page shows the query; Enter
# opens the Articles view with it as the filter (the count in the
# status line), Backspace comes back; a query that does not parse is
# left out, with a warning at its place in the file.  At 80x24 and
# 40x12, nothing wider than the screen.
. tests/screen/lib.sh

mkdir -p "$SCR_TMP/cfg/hoso"
CFG=$SCR_TMP/cfg/hoso/config.yaml
cat >"$CFG" <<'Y'
queries:
  - name: Visas since 2023
    query: topic:visa from:2023
  - name: VnExpress
    query: "source:vnexpress"
  - name: Broken
    query: "visa topic:nothing"
Y

for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	scr_context "${w}x$h"
	scr_start "$w" "$h" C.UTF-8 "XDG_CONFIG_HOME=$SCR_TMP/cfg" || continue
	scr_wait "1/5" || { scr_quit; continue; }

	scr_keys 3
	scr_wait "& Visas since 2023"
	# Two rows before the 16 topics; the bad one is not among them.
	scr_wait "1/18"
	scr_row 3 | grep -Eq "^ & Visas since 2023 +3( |$)" ||
	    scr_fail "row 3 is not the first saved query with its count 3"
	scr_row 4 | grep -Eq "^ & VnExpress +2( |$)" ||
	    scr_fail "row 4 is not the second saved query with its count 2"
	scr_not "Broken"
	if [ "$w" -ge 80 ]; then
		scr_wait "Saved query · 3/5 articles"
		scr_has "& topic:visa from:2023"
	fi
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	# Enter: the article list with the query as its filter.
	scr_keys Enter
	scr_wait "“Visas since 2023”"
	scr_wait_row -1 " 1/3 "
	if [ "$w" -ge 80 ]; then
		scr_wait "“Visas since 2023”: 3/5 articles"
		scr_has "Articles & topic:vis"
	fi
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	# Back: the Topics view, the saved query still selected.
	scr_keys BSpace
	scr_wait_row -1 " 1/18 "
	scr_has "& Visas since 2023"

	# The second one, opened from its page (the detail pane).
	scr_keys j
	scr_wait_row -1 " 2/18 "
	scr_keys l Enter
	scr_wait_row -1 " 1/2 "
	scr_keys BSpace
	scr_wait_row -1 "2/18"
	[ "$(scr_width)" -le "$w" ] || scr_fail "a row is wider than $w"

	# A filter of the Topics list is of topics: the saved queries go.
	scr_keys h "&" C-u
	scr_type "visa"
	scr_keys Enter
	scr_wait "Filter “visa”"
	scr_not "& Visas since 2023"
	scr_keys "&" C-u Enter
	scr_wait "Filter cleared"
	scr_keys g
	scr_wait "& Visas since 2023"

	scr_quit
	# Under SAN=1, what the sanitizers say at exit (a leak) is a failure.
	! scr_capture -J -S -200 | grep -q "Sanitizer" ||
	    scr_fail "the sanitizer reported a problem"
	# Said once the terminal is back: where in the file, and why.
	k=0
	until scr_capture -J -S -100 | grep -qF \
	    "config.yaml:7:24: warning: queries: 'Broken': no topic"; do
		k=$((k + 1))
		[ $k -lt 100 ] || { scr_fail "no warning for 'Broken'"; break; }
		sleep 0.05
	done
done

# Without a config file, no saved query: the topics alone.
scr_context "80x24, --no-config"
scr_start 80 24 C.UTF-8 "XDG_CONFIG_HOME=$SCR_TMP/cfg" -- --no-config
scr_wait "1/5"
scr_keys 3
scr_wait "1/16"
scr_not "& Visas"
scr_quit
scr_done
