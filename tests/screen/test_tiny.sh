#!/bin/sh
# A 1x1 terminal (and other tiny ones): no crash, "terminal too small"
# ("Cửa sổ quá nhỏ": the run is in Vietnamese, the widest labels) where
# there is room to say it, keys still work and change nothing unseen (Esc
# in the detail pane does not quit); resized back, the screen is exactly
# what it was.  Also a reader started at 1x1.
. tests/screen/lib.sh

first_title=$("$HOSO" --list 2>/dev/null | head -n 1 | cut -f4 |
    awk '{ print $1, $2, $3 }')

# alive WHAT: hoso is still running a moment later.
alive() {
	sleep 0.3
	if scr_dead; then
		scr_fail "hoso died: $1 (status $(scr_exit_status))"
		return 1
	fi
	return 0
}

for lang in C.UTF-8 C; do
	scr_context "LANG=$lang"
	scr_start 80 24 "$lang" LANGUAGE=vi
	scr_wait "$first_title" || continue
	scr_keys l j j j j j
	scr_sync
	scr_capture | sed '$d' >"$SCR_TMP/before"

	for size in 1x1 2x2 1x24 80x1 10x3; do
		scr_resize "${size%x*}" "${size#*x}"
		alive "at $size" || break
		# Keys at a tiny size: views, overlay, prompt, movement.
		scr_keys j 2 3 "?" Escape / x Escape 1 k j
		alive "keys at $size" || break
	done
	scr_resize 20 5
	scr_wait "Cửa sổ quá nhỏ"
	alive "at 20x5"

	scr_resize_wait 80 24
	scr_wait "$first_title"
	scr_sync
	scr_capture | sed '$d' >"$SCR_TMP/after"
	if ! cmp -s "$SCR_TMP/before" "$SCR_TMP/after"; then
		scr_fail "back at 80x24 the screen is not what it was:"
		diff "$SCR_TMP/before" "$SCR_TMP/after" | head -n 10
	fi
	scr_quit

	# Started at 1x1, then given room.
	scr_start 1 1 "$lang" LANGUAGE=vi
	alive "started at 1x1"
	scr_keys j
	alive "a key at 1x1"
	scr_resize_wait 80 24
	scr_wait "$first_title"
	scr_has "1 Bài báo"
	scr_quit
done
scr_done
