#!/bin/sh
# Start-up that tells the truth (issue 10), in a terminal:
#  - a -C that names nothing, a file, or a directory without articles/ is
#    one line on the normal screen, exit 2, and the terminal is never
#    taken (no alternate screen, no mouse reporting asked for: the bytes
#    hoso wrote are recorded and looked at);
#  - an empty corpus opens, its status line saying so;
#  - the hint to run --check names the -C and -m given, quoted for a
#    shell;
#  - mouse capture: on by default, off with --no-mouse or mouse: false in
#    the config file, and M toggles it with a message; tmux's own flag
#    tells whether hoso asked for mouse reports, and a click sent by tmux
#    selects a row only while it is on.
. tests/screen/lib.sh

CORPUS=$PWD/tests/fixtures/corpus
CFG=$SCR_TMP/cfg
mkdir -p "$CFG"
ESC=$(printf '\033')

# raw NAME ARGS...: hoso run in a shell at 80x24, everything it writes
# kept in $SCR_TMP/NAME.raw (tmux's pipe-pane is set up before hoso
# starts), then its exit status printed as "rc=N".
raw() {
	name=$1
	shift
	q=""
	for a in "$@"; do q="$q '$a'"; done
	rm -f "$SCR_TMP/go"
	scr_start_sh 80 24 "while [ ! -f '$SCR_TMP/go' ]; do sleep 0.05; done; \
	    env -u LC_ALL -u LANGUAGE LANG=C.UTF-8 XDG_CACHE_HOME='$SCR_TMP/cache' \
	    XDG_CONFIG_HOME='$CFG' '$HOSO' --no-state $q; echo \"rc=\$?\"; sleep 60"
	scr_tmux pipe-pane -t "$SCR_SESSION" -o "cat >'$SCR_TMP/$name.raw'"
	: >"$SCR_TMP/go"
}

# took NAME: 0 when hoso switched to the alternate screen or asked for
# mouse reports in NAME.raw.
took() {
	grep -q "$ESC\[?1049h\|$ESC\[?1000h" "$SCR_TMP/$1.raw"
}

# A control first: the reader does take the terminal, and the record
# shows it, so the checks below can fail.
scr_context "control: a good corpus"
raw good -C "$CORPUS"
scr_wait "Articles"
scr_keys q
scr_wait "rc=0"
took good || scr_fail "the reader's alternate screen was not seen"

: >"$SCR_TMP/file"
mkdir -p "$SCR_TMP/plain"
for c in "none:no such directory" "file:not a directory" \
    "plain:not a corpus (it has no articles/ directory)"; do
	dir=$SCR_TMP/${c%%:*}
	why=${c#*:}
	scr_context "-C $dir"
	raw bad -C "$dir"
	scr_wait "rc=2" || continue
	# The message first (wrapped at 80 columns: -J joins it), the
	# status next: nothing else was drawn, nothing cleared the screen.
	scr_capture -J | sed -n 1p | grep -qxF "hoso: -C $dir: $why" ||
	    scr_fail "the first line is not the error"
	scr_capture -J | sed -n 2p | grep -qxF "rc=2" ||
	    scr_fail "the second line is not the status"
	scr_not "Articles"
	[ "$(scr_tmux display -p -t "$SCR_SESSION" '#{alternate_on}')" = 0 ] ||
	    scr_fail "still on the alternate screen"
	took bad && scr_fail "the terminal was taken before the error"
	grep -q "hoso: -C $dir: $why" "$SCR_TMP/bad.raw" ||
	    scr_fail "the error is not in what hoso wrote"
done

# An empty corpus: the list says it, and so does the status line.
mkdir -p "$SCR_TMP/empty/articles"
printf 'title: Empty\ntopics:\n  - id: a\n    title: A\n    keywords: [visa]\n' \
    >"$SCR_TMP/empty/topics.yaml"
for size in "80 24" "40 12"; do
	set -- $size
	scr_context "empty corpus ${1}x$2"
	scr_start "$1" "$2" C XDG_CACHE_HOME="$SCR_TMP/cache" \
	    XDG_CONFIG_HOME="$CFG" LANGUAGE= -- -C "$SCR_TMP/empty"
	scr_wait_row -1 "No articles in "
	scr_wait "No articles"
	scr_quit
done
scr_context "empty corpus, --lang vi"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    -- -C "$SCR_TMP/empty" --lang vi
scr_wait_row -1 "Không có bài báo nào trong $SCR_TMP/empty/articles"
scr_quit

# The hint names the corpus and the map as given, quoted when need be.
mkdir -p "$SCR_TMP/my corpus"
cp -R "$CORPUS/articles" "$SCR_TMP/my corpus/"
cp "$CORPUS/topics.yaml" "$SCR_TMP/map.yaml"
cp "$CORPUS/topics.yaml" "$SCR_TMP/my corpus/"
printf 'no front matter\n' >"$SCR_TMP/my corpus/articles/zz-broken.txt"
# hinted W H ARGS...: hoso run from $SCR_TMP with those arguments.
hinted() {
	w=$1 h=$2
	shift 2
	q=""
	for a in "$@"; do q="$q '$a'"; done
	scr_start_sh "$w" "$h" "cd '$SCR_TMP' && exec env -u LC_ALL \
	    -u LANGUAGE LANG=C XDG_CACHE_HOME='$SCR_TMP/cache' \
	    XDG_CONFIG_HOME='$CFG' '$HOSO' --no-state $q"
}
scr_context "hint with -C and -m"
hinted 80 24 -C "my corpus" -m map.yaml
scr_wait_row -1 "1 error in the content — run hoso -C 'my corpus' -m map.yaml --check"
scr_quit
scr_context "hint with -C only"
hinted 80 24 -C "my corpus"
scr_wait_row -1 "1 error in the content — run hoso -C 'my corpus' --check"
scr_quit
scr_context "hint at 40x12"
hinted 40 12 -C "my corpus" -m map.yaml
scr_wait_row -1 "1 error in the content"
scr_quit
scr_context "hint with HOSO_CONTENT"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE= HOSO_CONTENT="$SCR_TMP/my corpus"
scr_wait_row -1 "1 error in the content — run hoso --check"
scr_quit

# Mouse capture.  mouse BUTTON X Y: one X10 event, as test_mouse.sh.
mouse() {
	scr_tmux send-keys -t "$SCR_SESSION" -H 1b 5b 4d \
	    "$(printf '%x' $((32 + $1)))" "$(printf '%x' $((32 + $2)))" \
	    "$(printf '%x' $((32 + $3)))"
}
click() { mouse 0 "$1" "$2"; mouse 3 "$1" "$2"; }
flag() { scr_tmux display -p -t "$SCR_SESSION" '#{mouse_any_flag}'; }
# captured 0|1: whether hoso has asked the terminal for mouse reports.
captured() {
	i=0
	while [ "$(flag)" != "$1" ] && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ "$(flag)" = "$1" ] || scr_fail "mouse reporting is $(flag), expected $1"
}
# clicks_select 0|1: a click on the second article selects it, or not.
# A terminal sends no click that was not asked for (the flag tells); these
# bytes come all the same, so the reader must ignore them itself once it
# has turned the capture off.
clicks_select() {
	scr_keys g
	scr_wait_row 2 " 1/4 "
	click 5 5
	if [ "$1" = 1 ]; then
		scr_wait_row 2 " 2/4 "
	else
		sleep 0.3
		scr_settle
		scr_row 2 | grep -qF " 1/4 " || scr_fail "a click acted with the mouse off"
	fi
}

scr_context "mouse: default on, M toggles"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE= -- -C "$CORPUS"
scr_wait_row 2 " 1/4 "
captured 1
clicks_select 1
scr_keys M
scr_wait_row -1 "Mouse off — drag selects text; M turns it on"
captured 0
clicks_select 0
scr_keys M
scr_wait_row -1 "Mouse on — Shift-drag selects text"
captured 1
clicks_select 1
# The help says it, on the M key's line.
scr_keys "?"
scr_wait "hoso — keys"
# (The prompt's keys and the mouse's come after it: the help's search.)
scr_keys /
scr_type "mouse capture on or off"
scr_keys Enter
scr_wait "mouse capture on or off"
# The M key's entry, its wrapped lines joined.
entry=$(scr_capture | sed 's/│/ /g' | awk '/^ *.  +M  +mouse capture/ { p = 2 }
    p > 0 { printf "%s ", $0; p-- }' | tr -s ' ')
case $entry in
*"M mouse capture on or off; while it is on, Shift-"*"drag selects text"*) ;;
*) scr_fail "the M key's help does not say Shift-drag selects text: $entry" ;;
esac
scr_keys Escape
scr_wait_gone "mouse capture on or off"
scr_quit

scr_context "mouse: --no-mouse"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE= -- -C "$CORPUS" --no-mouse
scr_wait_row 2 " 1/4 "
captured 0
scr_keys M
scr_wait_row -1 "Mouse on"
captured 1
clicks_select 1
scr_quit

scr_context "mouse: false in the config file"
mkdir -p "$CFG/hoso"
printf 'mouse: false\n' >"$CFG/hoso/config.yaml"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE=vi -- -C "$CORPUS"
scr_wait_row 2 " 1/4 "
captured 0
scr_keys M
scr_wait_row -1 "Đã bật chuột — giữ Shift mà kéo để chọn chữ"
captured 1
scr_quit
scr_context "mouse: false, and --no-config"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE= -- -C "$CORPUS" --no-config
scr_wait_row 2 " 1/4 "
captured 1
scr_quit
rm "$CFG/hoso/config.yaml"

scr_done
