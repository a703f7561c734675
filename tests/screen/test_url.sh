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

scr_done
