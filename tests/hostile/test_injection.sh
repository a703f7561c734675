#!/bin/sh
# Terminal injection through content (issue 12, §1): CSI, OSC 0/2/8/52
# (BEL and ST terminated), DCS, APC, PM, SOS, unterminated sequences at
# the end of a line and of the file, raw and UTF-8-encoded C1, CR and BS
# spoofing, NUL, bidi controls, U+2028/2029, in an article's body and in
# every YAML string (titles, source, author, url, the map's title, topics'
# titles, summaries, keywords and related ids, milestones' titles, notes,
# sources and quotes, bookmarks' notes and quotes, config values, a
# theme's names and values) and in the command-line arguments hoso echoes.
# Every mode must print them as visible markers (text_sanitize: ^[ for
# C0, <U+202E> for C1, bidi and the separators; U+FFFD for a raw C1 byte,
# which is invalid UTF-8), JSON must escape what is left and parse, and
# the reader in tmux must leave the pane's title and the paste buffers
# alone and write no sequence it did not make itself.
. tests/hostile/lib.sh
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }
command -v tmux >/dev/null || { echo "FAIL: tmux is not installed (make deps)"; exit 1; }
case $HOSO in /*) ;; *) HOSO=$PWD/${HOSO#./} ;; esac

XDG_CACHE_HOME=$T/cache XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config
export XDG_CACHE_HOME XDG_STATE_HOME XDG_CONFIG_HOME
unset HOSO_CONTENT NO_COLOR

# no_bidi FILE: no bidi control, U+2028 or U+2029 as it is (they show as
# <U+202E> markers, as clean.c and diag.c write them)
no_bidi() {
	if LC_ALL=C grep -qaP '\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c' "$1"; then
		fail "$1 holds a raw bidi control or separator"
	fi
}
utf8_ok() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || fail "$1 is not valid UTF-8"; }
# clean: what the last run printed is safe for a terminal
clean() {
	no_controls "$T/out"; no_controls "$T/err"
	no_bidi "$T/out"; no_bidi "$T/err"
	utf8_ok "$T/out"; utf8_ok "$T/err"
}
json_ok() { jq -e . "$T/out" >/dev/null 2>&1 || fail "not JSON: $(head -c 300 "$T/out")"; }

# The payload as YAML double-quoted escapes: the same sequences as the
# body's raw bytes below (YAML cannot hold most of them raw).
PY='A\e[2J\e[31mB \e]0;PWN0\a \e]2;PWN2\e\\ \e]8;;http://evil.example/\e\\click\e]8;;\e\\ \e]52;c;UFdORUQ=\a \e]52;p;UFdORUQ=\e\\ \eP1$qm\e\\ \e_apc\e\\ \e^pm\e\\ \eXsos\e\\ \x9b31m \x9d0;C1\x9c good\rEVIL abc\b\b\bxyz n\0ul \u202eRLO\u202c \u2066iso\u2069 \u200f ls\u2028ps\u2029 \e]0;UNTERM'
# A keyword is at most 32 words (man/hoso.1, LIMITS): the payload's
# sequences that act, in one.
PYK='A\e[2J\e[31mB \e]0;PWN0\a \e]52;c;UFdORUQ=\a \x9b31m \u202eRLO\u202c'
# The same for the command line: one argument, raw bytes.
P=$(printf 'X\033]0;PWN\007\033]52;c;UFdORUQ=\033\\\033[2J\033P1$qm\033\\\302\233\342\200\256\342\200\250\rY')

mkdir -p $T/c/articles $T/config/hoso $T/state/hoso
C=$T/c
{
	printf -- '---\ntitle: "Tiêu đề %s"\ndate: 2023-11-27\n' "$PY"
	printf 'source: "Nguồn %s"\nauthor: "Tác giả %s"\n' "$PY" "$PY"
	printf 'url: "https://example.org/a\\e]0;U\\a?x=1"\n---\n'
	printf 'Mồi một CSI \033[2J\033[31mđỏ\033[0m hết.\n\n'
	printf 'Mồi hai OSC0 \033]0;PWN0\007 và OSC2 \033]2;PWN2\033\\ hết.\n\n'
	printf 'Mồi ba OSC8 \033]8;;http://evil.example/\033\\bấm\033]8;;\033\\ hết.\n\n'
	printf 'Mồi bốn OSC52 \033]52;c;UFdORUQ=\007 và \033]52;p;UFdORUQ=\033\\ hết.\n\n'
	printf 'Mồi năm DCS \033P1$qm\033\\ APC \033_apc\033\\ PM \033^pm\033\\ SOS \033Xsos\033\\ hết.\n\n'
	printf 'Mồi sáu C1 UTF-8 \302\233 31m \302\235 0;y \302\234 \302\220 hết.\n\n'
	printf 'Mồi bảy CR tốt\rXẤU và BS abc\b\b\bxyz hết, NUL n\000ul.\n\n'
	printf 'Mồi tám bidi \342\200\256đảo\342\200\254 \342\201\246cô\342\201\251 \342\200\217 và LS\342\200\250PS\342\200\251 hết.\n\n'
	printf 'Mồi chín dở dang cuối dòng \033]0;DOdang\n\n'
	printf 'Mồi mười dở dang cuối dòng \033[\n\n'
	printf 'Mồi cuối tệp \033]52;c;UFdORUQ='
} >$C/articles/inj.txt
# Raw C1 bytes are invalid UTF-8: each is a U+FFFD, never a command.
{
	printf -- '---\ntitle: Byte C1 thô\ndate: 2023-11-26\n---\n'
	printf 'Mồi C1 thô \233 31m \235 0;x \234 \220 \236 \237 hết.\n\n'
	printf 'Dở dang cuối tệp \033'
} >$C/articles/rawc1.txt
# A real address, in the url field and in the text, next to escapes: the
# reader links it (OSC 8), with nothing of the escapes in the link.
{
	printf -- '---\ntitle: Liên kết\ndate: 2023-11-25\nurl: https://example.org/bai-viet\n---\n'
	printf 'Mồi xem https://example.com/x\033]0;PWNURL\007 và hết.\n'
} >$C/articles/link.txt
cat >$C/topics.yaml <<EOF
title: "Hồ sơ $PY"
topics:
  - id: moi
    title: "Mồi $PY"
    title_en: "Bait $PY"
    summary: "Tóm tắt $PY"
    keywords: [mồi, "từ $PYK"]
    related: []
  - id: hong
    title: Chủ đề hỏng
    keywords: [hết]
    related: ["x\e]0;PWNREL\a"]
timeline:
  - date: 2023-11-27
    title: "Mốc $PY"
    title_en: "Milestone $PY"
    topics: [moi]
    note: "Ghi chú $PY"
    note_en: "Note $PY"
    sources:
      - article: inj
        quote: "OSC0 \e]0;PWN0\a và OSC2"
      - article: inj
        quote: "Không có $PY"
  - date: 2023-11-28
    title: Mốc hỏng
    sources:
      - article: "y\e]0;PWNSRC\a"
        quote: "q"
EOF

# The bookmarks file of the corpus (named as bookmarks.c names it, FNV-1a
# 64 of its real path), written by hand with escapes in notes and quotes.
fnv() {
	h=-3750763034362895579
	for b in $(printf %s "$1" | od -An -v -tu1); do
		h=$(( (h ^ b) * 1099511628211 ))
	done
	printf '%016x\n' "$h"
}
BM=$T/state/hoso/bookmarks-$(fnv "$(cd $C && pwd -P)")
N='ghi \x1b]0;PWNB\x07 \x1b[2J \xc2\x9b31m \xe2\x80\xae \xe2\x80\xa8 \xff \x00 \r CR \x08 \x1b]52;c;UFdORUQ=\x1b\\ hết\ttab'
{
	echo "hoso-bookmarks 1"
	printf '1700000000\tinj\t0\t10\t%s\t%s\n' "$N" "Mồi hai OSC0 ^[]0;PWN0^G"
	printf '1700000001\tinj\t0\t10\t%s\t%s\n' "$N" "$N"
	printf '1700000002\tin\033]0;PWNID\007j\t0\t1\tx\tx\n'
} >$BM

# --- every mode over the corpus ------------------------------------------

begin list
run -C $C --list
status 1
clean
has $T/out "^[]0;PWN0^G"
has $T/out "^[]52;c;UFdORUQ=^G"
has $T/out "<U+202E>RLO"
has $T/out "<U+2028>"
# The NUL of the title (field 4): a marker, not its end.
awk -F'\t' '$1 == "inj" { print $4 }' $T/out | grep -qF 'xyz n^@ul <U+202E>RLO' ||
    fail "title cut: $(awk -F'\t' '$1 == "inj" { print $4 }' $T/out | tail -c 80)"

begin list-json
run -C $C --list --format json
status 1
clean
json_ok
[ "$(jq -r 'select(.id == "inj") | .title' $T/out | grep -cF '^[]8;;http://evil.example/^[\click')" -eq 1 ] ||
    fail "title's markers: $(head -c 300 $T/out)"

begin show
run -C $C --show inj -w 100
status 1
clean
for m in "^[[2J^[[31mđỏ^[[0m" "^[]0;PWN0^G" "^[]2;PWN2^[\\" "^[]8;;http://evil.example/^[\\bấm" \
    "^[]52;c;UFdORUQ=^G" "^[]52;p;UFdORUQ=^[\\" "^[P1\$qm^[\\" "^[_apc^[\\" "^[^pm^[\\" \
    "^[Xsos^[\\" "<U+009B> 31m" "<U+009D> 0;y" "abc^H^H^Hxyz" "n^@ul" "<U+202E>đảo<U+202C>" \
    "<U+2066>cô<U+2069>" "<U+200F>" "LS<U+2028>PS<U+2029>" "^[]0;DOdang" "dòng ^[[" \
    "tệp ^[]52;c;UFdORUQ="; do
	has $T/out "$m"
done
# CR is a line break when loaded, so "tốt" can never be overwritten.
has $T/out "tốt XẤU"

begin show-raw-c1
run -C $C --show rawc1 -w 100
status 1
clean
has $T/out "C1 thô � 31m � 0;x � � � � hết."
has $T/out "tệp ^["

begin show-json
run -C $C --show inj --format json
status 1
clean
json_ok
jq -r '.paragraphs[]' $T/out >$T/paras
grep -qF "OSC0 ^[]0;PWN0^G và" $T/paras || fail "paragraphs: $(head -c 300 $T/paras)"
jq -r '.url' $T/out | grep -qF 'https://example.org/a^[]0;U^G?x=1' || fail "url: $(jq .url $T/out)"

for f in tsv json; do
	begin topics-$f
	run -C $C --topics --format $f
	status 1
	clean
	has $T/out "Mồi A^[[2J"
	[ $f = tsv ] || json_ok

	begin topic-$f
	run -C $C --topic moi --format $f -w 100
	status 1
	clean
	has $T/out "Tóm tắt A^[[2J"
	has $T/out "từ A^[[2J"
	[ $f = tsv ] || json_ok

	begin timeline-$f
	run -C $C --timeline --format $f
	status 1
	clean
	has $T/out "Mốc A^[[2J"
	[ $f = tsv ] || { json_ok; has $T/out "Note A^[[2J"; }

	begin search-$f
	run -C $C --search mồi --format $f
	status 1		# matches, but the map has errors
	clean
	has $T/out "OSC0 ^[]0;PWN0^G"
	has $T/out "https://example.com/x^[]0;PWNURL^G"
	[ $f = tsv ] || json_ok

	begin filter-$f
	run -C $C --list --filter 'source:nguồn' --format $f
	status 1
	clean
	has $T/out "Nguồn A^[[2J"
	[ $f = tsv ] || json_ok
done

begin check
run -C $C --check
status 1
clean
has $T/err "quote not found in article 'inj'"
has $T/err "x^[]0;PWNREL^G"
has $T/err "y^[]0;PWNSRC^G"

for e in markdown json; do
	begin export-topic-$e
	run -C $C --topic moi --export $e
	status 1
	clean
	[ $e = markdown ] || json_ok
	has $T/out "PWN0^"

	begin export-timeline-$e
	run -C $C --timeline --export $e
	status 1
	clean
	[ $e = markdown ] || json_ok
	has $T/out "Ghi chú A^"
done

begin bookmarks
run -C $C --bookmarks
status 1
clean
has $T/out "ghi ^[]0;PWNB^G ^[[2J <U+009B>31m <U+202E> <U+2028> � ^@ ^M CR ^H"
has $T/err "bookmarks-"		# the line whose id holds an escape
hasnt $T/err "PWNID"

begin bookmarks-json
run -C $C --bookmarks --format json
status 1
clean
json_ok
[ "$(jq -rs '.[0].note' $T/out)" = "ghi ^[]0;PWNB^G ^[[2J <U+009B>31m <U+202E> <U+2028> � ^@ ^M CR ^H ^[]52;c;UFdORUQ=^[\\ hết	tab" ] ||
    fail "note: $(jq -s '.[0].note' $T/out)"

for e in markdown json; do
	begin bookmarks-export-$e
	run -C $C --bookmarks --export $e
	status 1
	clean
	[ $e = markdown ] || json_ok
	has $T/out "PWNB^"
done

# --- what the command line gives, echoed back -----------------------------

begin arg-search
run -C $C --search "$P"
status 1
clean
has $T/err "no match for 'X^[]0;PWN^G"

begin arg-filter-topic
run -C $C --list --filter "topic:$P"
status 2
clean
has $T/err "--filter:1:"
has $T/err "'X^[]0;PWN^G^[]52;c;UFdORUQ=^[\\^[[2J^[P1\$qm^[\\<U+009B><U+202E><U+2028>'"

begin arg-filter-date
run -C $C --timeline --filter "from:$P"
status 2
clean
has $T/err "is not a date"

begin arg-filter-phrase
run -C $C --search mồi --filter "\"$P"
status 2
clean
has $T/err "--filter:1:1:"

for m in "--show" "--topic"; do
	begin "arg-unknown-id${m#-}"
	run -C $C $m "$P"
	status 2
	clean
	has $T/err "with id 'X^[]0;PWN^G"
done

begin arg-export-unknown-topic
run -C $C --topic "$P" --export markdown
status 2
clean
has $T/err "no topic with id 'X^[]0;PWN^G"

for o in --lang --format --export -w; do
	begin "arg-value${o#-}"
	run -C $C $o "$P"
	status 2
	clean
	has $T/err "'X^[]0;PWN^G"
done

begin arg-unexpected
run -C $C --list "$P"
status 2
clean
has $T/err "unexpected argument 'X^[]0;PWN^G"

begin arg-unknown-long-option
run -C $C "--$P"
status 2
clean
has $T/err "option '--X^[]0;PWN^G"

begin arg-long-option-value
run -C $C "--list=$P"
status 2
clean
has $T/err "option '--list' doesn't allow an argument"

begin arg-short-option
run -C $C "$(printf -- '-\033]0;PWN\007')"
status 2
clean
has $T/err "invalid option -- '^['"

begin arg-short-option-c1
run -C $C "$(printf -- '-\233')"
status 2
clean
has $T/err "invalid option -- '\\x9B'"

# --- the config file and a theme ------------------------------------------

cat >$T/conf.yaml <<EOF
lang: "$PY"
text-width: "$PY"
text-align: "$PY"
mouse: "$PY"
osc8: "$PY"
osc52: "$PY"
copy-command: "nocmd\e]0;PWNCMD\a x"
"$PY": 1
keys:
  "$PY": j
  next-item: "$PY"
  quit: ["\e]0;PWNKEY\a", "\e[A"]
EOF

begin config-values
run --config $T/conf.yaml --dump-keys
status 0
clean
has $T/err "conf.yaml:1:7: warning: lang: expected vi or en, found 'A^[[2J"
has $T/err "unknown action 'A^[[2J"
has $T/err "quit: '^[]0;PWNKEY^G': not a key name"

begin config-values-xdg
cp $T/conf.yaml $T/config/hoso/config.yaml
run -C $C --list
status 1
clean
has $T/err "config.yaml:6:8: warning: osc52: expected true or false"

cat >$T/theme.yaml <<EOF
name: "$PY"
"$PY": 1
roles:
  "$PY": { fg: red }
  title: { fg: "$PY", bg: "\e]52;c;UFdORUQ=\a", attrs: ["\eP1\$qm\e\\\\"] }
  text: { "\e]2;PWNT\a": red }
EOF

# --- the reader, in tmux ---------------------------------------------------

# A server of its own, with OSC 52 landing in a paste buffer (so a
# sequence that got through would be seen) and titles allowed.
TM="tmux -L inject-$$ -f $T/tmux.conf"
cat >$T/tmux.conf <<'EOF'
set -g default-terminal "tmux-256color"
set -g remain-on-exit on
set -g status off
set -g escape-time 0
set -g history-limit 0
set -g set-clipboard on
set -g allow-rename on
set -s exit-empty off
EOF
trap '$TM kill-server >/dev/null 2>&1; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
$TM start-server \; set -s exit-empty off
# The config: OSC 8 on (tmux drops it, but the bytes show it), a copy
# command with an escape in its name, and the warnings of $T/conf.yaml.
{
	cat $T/conf.yaml
	printf 'osc8: true\n'
} | grep -v '^osc8: "' >$T/config/hoso/config.yaml

screen() { $TM capture-pane -p -t inj >$T/screen 2>/dev/null; }
# wait_for TEXT: up to 10 s for the screen to show it
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		screen
		grep -qF -- "$1" $T/screen && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "the screen never showed '$1': $(cat $T/screen)"
	return 1
}
keys() { for k in "$@"; do $TM send-keys -t inj "$k"; sleep 0.15; done; }

$TM new-session -d -s inj -x 120 -y 40 "sleep 0.3; $HOSO -C $C --theme $T/theme.yaml; echo \$? >$T/rc; sleep 60"
title0=$($TM display -p -t inj '#{pane_title}')
$TM pipe-pane -o -t inj "cat >>$T/bytes"

begin tmux-article-markers
wait_for "3 Topics" &&
keys Enter
wait_for "^[]0;PWN0^G"
has $T/screen "<U+202E>RLO"
has $T/screen "^[]52;c;UFdORUQ=^G"
keys G
wait_for "tệp ^[]52;c;UFdORUQ="

# h, not q, to get back to a list: q there quits.
begin tmux-views
keys h 3
wait_for "Tóm tắt A^[[2J"
keys l G h 2
wait_for "Mốc A^[[2J"
keys l G h 4
wait_for "ghi ^[]0;PWNB^G"
keys Enter
wait_for "OSC0 ^[]0;PWN0^G"
keys h G Enter
wait_for "https://example.com/x^[]0;PWNURL^G"
keys Tab z
sleep 0.3
keys z h
has $T/screen "https://example.org/bai-viet"

begin tmux-help
keys '?'
wait_for "Everywhere"
keys q

begin tmux-search
keys s
$TM send-keys -t inj -l "PWN0"
keys Enter
wait_for "Results"
keys Enter
wait_for "PWN0"
keys / 
$TM send-keys -t inj -l "UNTERM"
keys Enter
sleep 0.3
keys n h

begin tmux-copy-command
keys g y
wait_for "PWNCMD"
has $T/screen "nocmd^[]0;PWNCMD^G"

begin tmux-quit
keys Q
i=0
while [ $i -lt 200 ] && ! [ -s $T/rc ]; do
	sleep 0.1
	i=$((i + 1))
done
# 1: the map has errors (the bad ids), as the modes say too.
[ "$(cat $T/rc 2>/dev/null)" = 1 ] || fail "hoso ended with '$(cat $T/rc 2>/dev/null)'"
sleep 0.3
screen
# The theme's and the config's warnings, printed on the way out.
has $T/screen "theme.yaml:5:"
has $T/screen "'^[]52;c;UFdORUQ=^G'"
has $T/screen "unknown key '^[]2;PWNT^G'"

begin tmux-title-and-buffers
[ "$($TM display -p -t inj '#{pane_title}')" = "$title0" ] ||
    fail "pane title is now '$($TM display -p -t inj '#{pane_title}')', was '$title0'"
[ -z "$($TM list-buffers 2>/dev/null)" ] || fail "paste buffers: $($TM list-buffers)"

begin tmux-bytes
$TM pipe-pane -t inj
[ -s $T/bytes ] || fail "nothing was captured"
utf8_ok $T/bytes
if LC_ALL=C grep -qaP '\x1b\](0|1|2|52);' $T/bytes; then
	fail "an OSC 0/1/2/52 went out: $(LC_ALL=C grep -aoP '\x1b\](0|1|2|52);.{0,20}' $T/bytes | head -n 3 | od -c | head)"
fi
LC_ALL=C grep -qaP '\x1b[P_^X]' $T/bytes && fail "a DCS, APC, PM or SOS went out"
LC_ALL=C grep -qaP '\x07' $T/bytes && fail "a BEL went out"
LC_ALL=C grep -qaP '\xc2[\x80-\x9f]' $T/bytes && fail "a C1 control went out"
# Every OSC 8 is hoso's: opened with its own id and an address it found
# (in the url field or the text), closed empty; each address printable
# ASCII, so nothing of a payload rides in one.
LC_ALL=C grep -aoP '\x1b\]8;[^\x1b\x07]*(\x1b\\|\x07)?' $T/bytes |
    LC_ALL=C sed 's/\x1b/ESC/g; s/\x07/BEL/g' | sort -u >$T/osc8
[ -s $T/osc8 ] || fail "hoso wrote no OSC 8 for its addresses (osc8: true)"
while IFS= read -r l; do
	case $l in
	'ESC]8;;ESC\') ;;
	'ESC]8;id=hoso'*';https://example.org/bai-vietESC\') ;;
	'ESC]8;id=hoso'*';https://example.com/xESC\') ;;
	'ESC]8;id=hoso'*';http://evil.example/ESC\') ;;	# shown as text
	*) fail "OSC 8 not hoso's own: $l" ;;
	esac
done <$T/osc8

# A pane kept alive after hoso exits: tmux 3.3a loses the last lines of a
# pane that dies with remain-on-exit on.
begin tmux-term
$TM new-session -d -s term -x 200 -y 50 "sleep 0.5; TERM=\$(printf 'x\\033]0;PWNTERM\\007\\033]52;c;UFdORUQ=\\007') $HOSO -C $PWD/$FIX/corpus --no-config; sleep 10"
title1=$($TM display -p -t term: '#{pane_title}')
$TM pipe-pane -o -t term: "cat >$T/bytes2"
i=0
while [ $i -lt 100 ]; do
	$TM capture-pane -p -t term: >$T/screen
	grep -q "(TERM)" $T/screen && break
	sleep 0.1
	i=$((i + 1))
done
has $T/screen 'unknown terminal type "x^[]0;PWNTERM^G^[]52;c;UFdORUQ=^G"'
LC_ALL=C grep -qaP '\x1b\](0|2|52);' $T/bytes2 && fail "an OSC went out"
[ "$($TM display -p -t term: '#{pane_title}')" = "$title1" ] || fail "pane title changed"
[ -z "$($TM list-buffers 2>/dev/null)" ] || fail "a paste buffer appeared"

finish
