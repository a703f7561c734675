#!/bin/sh
# y and Y (issue 11, part 3): the passage the reader is at, with its
# citation, reaches the clipboard through OSC 52 (tmux's set-clipboard
# makes it a paste buffer) or a copy-command; at 80x24 and 40x12, under
# LANG=C too: the paragraph at the top, the sentence of a search hit, a
# milestone's quote, Markdown, the status line's count, and a
# copy-command that fails.
. tests/screen/lib.sh

DIR=$(mktemp -d "${TMPDIR:-/tmp}/hoso-copy.XXXXXX")
trap 'rm -rf "$DIR"; scr_cleanup' EXIT
scr_tmux set -s set-clipboard on

# The newest paste buffer, once one has come (tmux makes one per OSC 52).
buffer() {
	i=0
	while [ $i -lt $((SCR_TIMEOUT * 20)) ]; do
		if scr_tmux show-buffer >"$DIR/buf" 2>/dev/null &&
		    [ -s "$DIR/buf" ]; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	scr_fail "no paste buffer came"
	return 1
}

buf_has() {
	grep -qF -- "$1" "$DIR/buf" || {
		sed 's/^/| /' "$DIR/buf"
		scr_fail "the copied text lacks \"$1\""
	}
}

clear_buffers() {
	while scr_tmux delete-buffer 2>/dev/null; do :; done
}

SGTT="Việt Nam – Nhật Bản nâng cấp quan hệ hai nước lên đối tác chiến lược toàn diện"

for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang"
		clear_buffers
		scr_start "$w" "$h" "$lang" || continue
		scr_wait "1/5" || { scr_quit; continue; }

		# The first paragraph of the first article, with its citation.
		scr_keys l y
		scr_wait "Copied "
		[ "$w" -ge 80 ] && scr_wait "through the terminal"
		buffer
		buf_has "“(SGTT) - Trong cuộc hội đàm cấp cao tối 27-11"
		buf_has "” — $SGTT. Sài Gòn Tiếp Thị – SGTT (theo TTXVN), 2023-11-27"
		# As many characters as the status line says.
		n=$(scr_capture | sed -n 's/.*Copied \([0-9]*\) characters.*/\1/p')
		m=$(tr -d '\n' <"$DIR/buf" | LC_ALL=C.UTF-8 wc -m)
		[ "$n" = "$((m + 1))" ] || [ "$n" = "$m" ] ||
		    scr_fail "status says $n characters, the buffer has $m"

		# A search hit: its sentence only.
		clear_buffers
		scr_keys /
		scr_type "theo do"
		scr_keys Enter
		scr_wait "“theo do”"
		scr_keys y
		buffer
		buf_has "“Theo đó, hai bên nhất trí nâng cấp"
		grep -qF "TTXVN đưa tin" "$DIR/buf" &&
		    scr_fail "a hit copied its paragraph's first sentence too"

		# Markdown: a block quote, the citation its last line.
		clear_buffers
		scr_keys Y
		scr_wait "characters (Markd"
		buffer
		buf_has "> Theo đó, hai bên"
		buffer
		head -n 1 "$DIR/buf" | grep -q '^> ' ||
		    scr_fail "Y: the first line is no block quote"
		buf_has "> — *$SGTT*, Sài Gòn Tiếp Thị – SGTT (theo TTXVN), 2023-11-27"

		# A milestone: its quote, cited by its article.
		clear_buffers
		scr_keys 2
		scr_wait "1/18"
		scr_keys l y
		buffer
		buf_has "“Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao vào ngày 21/9/1973”"
		buf_has "(theo VOV), 2021-11-22"

		scr_not "�"
		scr_quit
	done
done

# copy-command: the text on its standard input, no shell; a command that
# fails says so.
cat >"$DIR/copy.sh" <<EOF
#!/bin/sh
cat >"$DIR/got"
EOF
chmod +x "$DIR/copy.sh"
printf 'copy-command: %s\n' "$DIR/copy.sh" >"$DIR/config.yaml"
scr_context "copy-command"
clear_buffers
scr_start 80 24 C.UTF-8 -- --config "$DIR/config.yaml"
scr_wait "1/5"
scr_keys l y
scr_wait "Copied "
scr_not "through the terminal"
i=0
while [ ! -s "$DIR/got" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
grep -qF "” — $SGTT." "$DIR/got" || scr_fail "copy-command got: $(cat "$DIR/got")"
scr_tmux show-buffer >/dev/null 2>&1 && scr_fail "copy-command also wrote OSC 52"
scr_quit

# |: the article's text on a command's standard input, the terminal the
# command's until Enter.
scr_context "pipe"
scr_start 80 24 C.UTF-8
scr_wait "1/5"
scr_keys l "|"
scr_type "cat >$DIR/piped; echo the-command-ran"
scr_keys Enter
scr_wait "the-command-ran"
scr_wait "[hoso: press Enter to return]"
scr_keys Enter
scr_wait "Piped "
head -n 1 "$DIR/piped" | grep -qxF "$SGTT" || scr_fail "| sent: $(head -n 1 "$DIR/piped")"
grep -qF "Theo đó, hai bên nhất trí" "$DIR/piped" || scr_fail "| sent no text"
scr_keys "|"
scr_type "exit 3"
scr_keys Enter
scr_wait "press Enter to return"
scr_keys Enter
scr_wait "The command exited with status 3"
scr_quit

printf 'copy-command: %s/nothing-here\n' "$DIR" >"$DIR/config.yaml"
scr_start 80 24 C.UTF-8 -- --config "$DIR/config.yaml"
scr_wait "1/5"
scr_keys l y
scr_wait "Could not copy: "
scr_quit
scr_done
