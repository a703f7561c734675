#!/bin/sh
# The config file's keys: (issue 11, part 4) as a reader sees them: a key
# given to next-item moves the list and the old one does nothing, an
# unbound action's key does nothing, a Vietnamese letter is a key, g g is
# a two-key sequence (with a hint while it waits; a second key that ends
# no sequence is a key of its own), and the help overlay lists the keys
# in force.  Once from $XDG_CONFIG_HOME, once from --config.
. tests/screen/lib.sh

mkdir -p "$SCR_TMP/cfg/hoso"
cat >"$SCR_TMP/cfg/hoso/config.yaml" <<'Y'
keys:
  next-item: [w, "Ctrl-N"]
  prev-item: [K, "ư"]
  line-up: null
  first: "g g"
Y

list_pos() {
	scr_capture | tail -n 1 | grep -o '^ *[0-9]*/5' | tr -d ' '
}

# pos N: waits for the list's N/5.
pos() {
	i=0
	while [ "$(list_pos)" != "$1/5" ] && [ $i -lt $((SCR_TIMEOUT * 20)) ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ "$(list_pos)" = "$1/5" ] || scr_fail "list at $(list_pos), not $1/5"
}

for how in xdg option; do
	scr_context "100x30, config by $how"
	if [ $how = xdg ]; then
		scr_start 100 30 C.UTF-8 "XDG_CONFIG_HOME=$SCR_TMP/cfg"
	else
		scr_start 100 30 C.UTF-8 XDG_CONFIG_HOME=/nonexistent -- \
		    --config "$SCR_TMP/cfg/hoso/config.yaml"
	fi
	scr_wait_pane Articles || continue
	pos 1
	# next-item's new keys move the list; its old J does nothing.
	scr_keys w
	pos 2
	scr_keys C-n
	pos 3
	scr_keys J
	scr_wait "Key “J” does nothing"
	pos 3
	# A letter beyond ASCII.
	scr_type "ư"
	pos 2
	# line-up: null takes Ctrl-Y.
	scr_keys C-y
	scr_wait "Key “Ctrl-Y” does nothing"
	# g g: the first g waits, with a hint; the second goes to the top.
	scr_keys G
	pos 5
	scr_keys g
	scr_wait "g … (the next key)"
	pos 5
	scr_keys g
	pos 1
	scr_wait_gone "(the next key)"
	# g then j: j as itself, the g dropped.
	scr_keys g j
	pos 2
	# A count waits with the sequence's first key: 04 g g is row 4.
	scr_type 04gg
	pos 4
	scr_keys g g
	pos 1
	scr_keys j
	pos 2
	# Home was first's; the config's keys replace the defaults.
	scr_keys Home
	scr_wait "Key “HOME” does nothing"
	pos 2
	# The help lists the keys in force, and no entry for line-up.
	scr_keys '?'
	scr_wait "w, Ctrl-N"
	scr_has "g g "
	scr_has "K, ư"
	scr_not "g, Home"
	scr_not "y, Ctrl-Y"
	scr_not "scroll the detail pane up one line"
	scr_keys q
	scr_wait_gone "w, Ctrl-N"
	scr_quit
done

# Without the file, the defaults.
scr_context "100x30, --no-config"
scr_start 100 30 C.UTF-8 "XDG_CONFIG_HOME=$SCR_TMP/cfg" -- --no-config
if scr_wait_pane Articles; then
	scr_keys J
	pos 2
	scr_keys w
	scr_wait "Key “w” does nothing"
	scr_keys '?'
	scr_wait "g, Home"
	scr_has "J "
	scr_quit
fi
scr_done
