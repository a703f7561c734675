#!/bin/sh
# Links that leave the program (issue 11): the addresses of an article
# (its front matter's url, those in its text) are links Tab reaches; the
# status line says where the selected one goes; Enter hands it to
# $BROWSER as one argument, no shell between, and the reader is back
# after it; a scheme other than http, https and mailto is refused with a
# message and runs nothing; a browser that fails is a message.
. tests/screen/lib.sh

FIX=tests/fixtures/url
LONG=https://evisa.example.vn/huong-dan/cap-thi-thuc-dien-tu-cho-cong-dan-nuoc-ngoai.html
dir=$SCR_TMP/b
mkdir -p "$dir"
# The browser: records its arguments one per line (and how many), says
# something on the terminal the reader must paint over.
cat >"$dir/browser" <<EOS
#!/bin/sh
printf '%s\n' "\$#" >"$dir/count"
for a in "\$@"; do printf '%s\n' "\$a"; done >"$dir/args"
echo "BROWSER WAS HERE"
EOS
chmod +x "$dir/browser"
cat >"$dir/sleeps" <<'EOS'
#!/bin/sh
echo "SLEEPING"
exec sleep 30
EOS
chmod +x "$dir/sleeps"
cat >"$dir/fails" <<'EOS'
#!/bin/sh
exit 3
EOS
chmod +x "$dir/fails"

# args_are URL: the browser ran once since the last reset, with URL as
# its one argument.
args_are() {
	k=0
	while [ ! -f "$dir/args" ] && [ $k -lt 100 ]; do
		sleep 0.05
		k=$((k + 1))
	done
	if [ ! -f "$dir/args" ]; then
		scr_fail "the browser did not run for $1"
		return
	fi
	[ "$(cat "$dir/count")" = 1 ] ||
		scr_fail "the browser got $(cat "$dir/count") arguments, not 1"
	[ "$(cat "$dir/args")" = "$1" ] ||
		scr_fail "the browser got \"$(cat "$dir/args")\", not $1"
	rm -f "$dir/args" "$dir/count"
}

scr_context "BROWSER script"
scr_start 150 30 C.UTF-8 "BROWSER=$dir/browser" -- -C "$FIX" --lang en \
    --no-config
scr_wait "Articles" || exit 1
scr_wait "https://example.com/bai-viet?id=1&x=2"
# The first article is the one with links; into its text, first link.
scr_keys l Tab
scr_wait_row -1 "→ https://example.com/bai-viet?id=1&x=2"
scr_keys Enter
args_are "https://example.com/bai-viet?id=1&x=2"
# Back in the reader, its screen painted anew over what the browser said.
scr_wait "Opened with $dir/browser"
scr_settle
scr_not "BROWSER WAS HERE"
scr_has "Bài có đường dẫn"
scr_has "Thị thực điện tử"

# The mention that starts the text, then the address in it, wrapped
# over two lines: one link.
scr_keys Tab
scr_wait_row -1 "→ Topic: Visas and travel"
scr_keys Tab
scr_wait_row -1 "→ $LONG"
scr_styled "$ST_LINK_FOCUS" >"$SCR_TMP/focus"
grep -qx "https://evisa.example.vn/huong-dan/" "$SCR_TMP/focus" &&
    grep -qx "cap-thi-thuc-dien-tu-cho-cong-dan-nuoc-ngoai.html" \
    "$SCR_TMP/focus" ||
	scr_fail "the selected link is not the whole wrapped address:" \
	    "$(cat "$SCR_TMP/focus")"
scr_keys Enter
args_are "$LONG"
scr_keys Tab
scr_wait_row -1 "→ mailto:hotro@example.vn"
scr_keys Tab
scr_wait_row -1 "→ http://example.org"
scr_keys Enter
args_are "http://example.org"
# Next, the entry of "Topics in this article", as before.
scr_keys Tab
scr_wait_row -1 "→ Topic: Visas and travel"
# A click on an address opens it as Enter does (X10 mouse events, as in
# test_mouse.sh): the wrapped part of the long one, row 8.
line=$(scr_row 8)
before=${line%%cap-thi-thuc*}
x=$(( $(printf '%s' "$before" | LC_ALL=C.UTF-8 wc -m) + 3 ))
for b in 0 3; do
	scr_tmux send-keys -t "$SCR_SESSION" -H 1b 5b 4d \
	    "$(printf '%x' $((32 + b)))" "$(printf '%x' $((32 + x)))" \
	    "$(printf '%x' $((32 + 8)))"
done
args_are "$LONG"
scr_settle
scr_not "BROWSER WAS HERE"
scr_has "Thị thực điện tử"
scr_quit

# The other article's url is javascript:: a link, but refused.
scr_context "refused scheme"
scr_start 150 30 C.UTF-8 "BROWSER=$dir/browser" -- -C "$FIX" --lang en \
    --no-config
scr_wait "Articles" || exit 1
scr_keys j
scr_wait "javascript:alert(1)"
scr_keys l Tab
scr_wait_row -1 "→ javascript:alert(1)"
scr_keys Enter
scr_wait "Not opened: only http, https and mailto addresses are opened"
sleep 0.5
[ -f "$dir/args" ] && scr_fail "the browser ran for a javascript: URL"
rm -f "$dir/args" "$dir/count"
# The third one's holds a space: refused too.
scr_keys h j
scr_wait "https://example.com/bai viet"
scr_keys l Tab
scr_wait_row -1 "→ https://example.com/bai viet"
scr_keys Enter
scr_wait "Not opened: the address holds a space or a control character"
sleep 0.5
[ -f "$dir/args" ] && scr_fail "the browser ran for a URL with a space"
rm -f "$dir/args" "$dir/count"
scr_quit

# A browser that fails, or that is not there: a message, no crash.
scr_context "failing browser"
scr_start 150 30 C.UTF-8 "BROWSER=$dir/fails" -- -C "$FIX" --lang en \
    --no-config
scr_wait "Articles" || exit 1
scr_keys l Tab Enter
scr_wait "$dir/fails exited with status 3"
scr_has "Bài có đường dẫn"
scr_keys Tab Enter
scr_quit
scr_start 150 30 C.UTF-8 "BROWSER=$dir/none" -- -C "$FIX" --lang en \
    --no-config
scr_wait "Articles" || exit 1
scr_keys l Tab Enter
scr_wait "Cannot run $dir/none: No such file or directory"
scr_has "Bài có đường dẫn"
scr_quit

# Ctrl-C while the browser runs is the browser's: it ends, hoso goes on.
scr_context "Ctrl-C in the browser"
scr_start 150 30 C.UTF-8 "BROWSER=$dir/sleeps" -- -C "$FIX" --lang en \
    --no-config
scr_wait "Articles" || exit 1
scr_keys l Tab Enter
scr_wait "SLEEPING"
scr_keys C-c
scr_wait "$dir/sleeps was killed by signal 2"
scr_has "Bài có đường dẫn"
scr_dead && scr_fail "hoso ended with its browser"
scr_quit

# OSC 8: with osc8: true the addresses of the text go out as hyperlinks
# (tmux 3.3a drops them, so they are read in what hoso writes, through
# pipe-pane), one id per address, the wrapped one in two runs of one id;
# the javascript: url never.  With osc8: false, or under tmux by
# default, none.
osc8_out() {
	printf 'osc8: %s\n' "$1" >"$dir/config.yaml"
	rm -f "$dir/raw" "$SCR_TMP/osc8"
	: >"$SCR_TMP/osc8"
	if [ -n "$1" ]; then
		scr_start 150 30 C.UTF-8 -- -C "$FIX" --lang en \
		    --config "$dir/config.yaml"
	else
		scr_start 150 30 C.UTF-8 -- -C "$FIX" --lang en --no-config
	fi
	scr_wait "Articles" || return
	scr_tmux pipe-pane -t "$SCR_SESSION" -o "cat >>'$dir/raw'"
	# Redraws of the article with addresses, then of the other.
	scr_keys l
	scr_settle
	scr_keys h j
	scr_wait "javascript:alert(1)"
	scr_keys k
	scr_wait_gone "javascript:alert(1)"
	scr_settle
	scr_quit
	# Each hyperlink as "PARAMS;URL TEXT": the printable text written
	# between its opening and its closing (SGR sequences left out).
	LC_ALL=C tr '\033' '\n' <"$dir/raw" | LC_ALL=C awk '
	    /^\]8;;$/ { if (open) print link " " text; open = 0; next }
	    /^\]8;/ { open = 1; link = substr($0, 4); text = ""; next }
	    open { sub(/^\\/, ""); sub(/^\[[0-9;]*m/, "")
		gsub(/[^!-~]/, ""); text = text $0 }' | sort -u >"$SCR_TMP/osc8"
}
scr_context "osc8: true"
osc8_out true
for want in \
    "id=hoso0;https://example.com/bai-viet?id=1&x=2 https://example.com/bai-viet?id=1&x=2" \
    "id=hoso2;$LONG https://evisa.example.vn/huong-dan/" \
    "id=hoso2;$LONG cap-thi-thuc-dien-tu-cho-cong-dan-nuoc-ngoai.html" \
    "id=hoso3;mailto:hotro@example.vn mailto:hotro@example.vn" \
    "id=hoso4;http://example.org http://example.org"; do
	grep -qxF -- "$want" "$SCR_TMP/osc8" ||
		scr_fail "no hyperlink \"$want\" in: $(cat "$SCR_TMP/osc8")"
done
grep -q "javascript" "$SCR_TMP/osc8" &&
	scr_fail "a javascript: url went out as a hyperlink"
scr_context "osc8: false"
osc8_out false
[ -s "$SCR_TMP/osc8" ] && scr_fail "hyperlinks with osc8: false: $(cat "$SCR_TMP/osc8")"
scr_context "osc8 unset, under tmux"
osc8_out ""
[ -s "$SCR_TMP/osc8" ] && scr_fail "hyperlinks under tmux: $(cat "$SCR_TMP/osc8")"

scr_done
