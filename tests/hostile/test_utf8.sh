#!/bin/sh
# Ill-formed UTF-8 (issue 12, §1): overlong forms of 2, 3 and 4 bytes,
# surrogates, code points past U+10FFFF, the bytes F5..FF, lone
# continuation bytes, a sequence cut at the end of a line and of the file,
# the noncharacters U+FFFE/U+FFFF, a BOM in the middle; and well-formed
# text that is hard to lay out: a letter under 10,000 combining marks,
# CJK, emoji, ZWJ sequences, flags, skin tones, in titles, bodies, the
# map, the config and the command line.  Every mode must print valid
# UTF-8 with a visible mark where the bytes were bad (U+FFFD for each bad
# byte, as text_repair writes it; <U+FFFE> for a noncharacter, as
# text_sanitize does; \xFF in a diagnostic, as diag_sanitize does), and
# nothing may crash (the SAN build runs these too) or hang.
. tests/hostile/lib.sh
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }
command -v tmux >/dev/null || { echo "FAIL: tmux is not installed (make deps)"; exit 1; }
case $HOSO in /*) ;; *) HOSO=$PWD/${HOSO#./} ;; esac

XDG_CACHE_HOME=$T/cache XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config
export XDG_CACHE_HOME XDG_STATE_HOME XDG_CONFIG_HOME
unset HOSO_CONTENT NO_COLOR

utf8_ok() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || fail "$1 is not valid UTF-8"; }
clean() {
	utf8_ok "$T/out"; utf8_ok "$T/err"
	no_controls "$T/out"; no_controls "$T/err"
}
json_ok() { jq -e . "$T/out" >/dev/null 2>&1 || fail "not JSON: $(head -c 300 "$T/out")"; }
R='�'	# U+FFFD

C=$T/c
mkdir -p $C/articles
# Declared UTF-8, so the bad bytes are not taken for a legacy encoding.
{
	printf -- '---\ntitle: "Tiêu đề hỏng \300\257 \355\240\200 \364\220\200\200 \377 cuối"\n'
	printf 'encoding: UTF-8\ndate: 2023-01-02\n---\n'
	printf 'Mồi overlong2 [\300\257] [\301\277] hết.\n\n'
	printf 'Mồi overlong3 [\340\200\257] overlong4 [\360\200\200\257] hết.\n\n'
	printf 'Mồi surrogate [\355\240\200] [\355\277\277] hết.\n\n'
	printf 'Mồi lớn [\364\220\200\200] hết.\n\n'
	printf 'Mồi F5 [\365] F8 [\370\210\200\200\200] FE [\376] FF [\377] hết.\n\n'
	printf 'Mồi tiếp [\200] [\277] hết.\n\n'
	printf 'Mồi phi ký tự [\357\277\276] [\357\277\277] BOM [\357\273\277] giữa.\n\n'
	printf 'Mồi cắt cuối dòng [\341\272\n\n'
	printf 'Mồi cắt cuối tệp \341\272'
} >$C/articles/bad.txt
# The same bytes undeclared: hoso may read the file in a legacy encoding
# or as UTF-8 with U+FFFD; either way valid UTF-8 and a warning.
sed '/^encoding:/d' $C/articles/bad.txt >$C/articles/undeclared.txt
marks() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "\314\201" }'; }
{
	printf -- '---\ntitle: "Lũ dấu a%s hết 中文 😀 👨‍👩‍👧 🇻🇳 👍🏽"\ndate: 2023-01-03\n---\n' "$(marks 300)"
	printf 'Mồi lũ dấu x%s hết.\n\n' "$(marks 10000)"
	printf 'Mồi CJK 中文漢字かなカナ한국어 hết, emoji 😀🎉, ZWJ 👨‍👩‍👧‍👦 và 🏳️‍🌈, cờ 🇻🇳🇯🇵, da 👍🏽 hết.\n'
} >$C/articles/mark.txt
cat >$C/topics.yaml <<EOF
title: "Bản đồ $(printf '\300\257 \355\240\200 \377 \341\272')"
topics:
  - id: moi
    title: "Mồi $(printf '\364\220\200\200') 中文 🇻🇳"
    title_en: "Bait $(printf '\365\366')"
    summary: "tóm $(printf '\200 \357\273\277') tắt 👨‍👩‍👧"
    keywords: [mồi, "$(printf '\377')x"]
    related: []
timeline:
  - date: 2023
    title: "Mốc $(printf '\365\366') 😀"
    topics: [moi]
    note: "ghi $(printf '\355\277\277')"
    sources:
      - article: bad
        quote: "overlong2 [$(printf '\300\257')]"
EOF

begin show-invalid-bytes
run -C $C --show bad -w 200
status 0
clean
has $T/out "Tiêu đề hỏng $R$R $R$R$R $R$R$R$R $R cuối"
has $T/out "overlong2 [$R$R] [$R$R]"
has $T/out "overlong3 [$R$R$R] overlong4 [$R$R$R$R]"
has $T/out "surrogate [$R$R$R] [$R$R$R]"
has $T/out "lớn [$R$R$R$R]"
has $T/out "F5 [$R] F8 [$R$R$R$R$R] FE [$R] FF [$R]"
has $T/out "tiếp [$R] [$R]"
has $T/out "cuối dòng [$R$R"
has $T/out "cuối tệp $R$R"

begin noncharacters-and-bom
run -C $C --show bad -w 200
has $T/out "phi ký tự [<U+FFFE>] [<U+FFFF>] BOM [] giữa"

begin undeclared
run -C $C --show undeclared -w 200
clean
has $T/err "undeclared.txt"
grep -q "hết" $T/out || fail "the text is gone: $(head -c 300 $T/out)"

begin show-json
run -C $C --show bad --format json
status 0
clean
json_ok
[ "$(jq -r '.paragraphs[0]' $T/out)" = "Mồi overlong2 [$R$R] [$R$R] hết." ] ||
    fail "paragraph: $(jq '.paragraphs[0]' $T/out)"

for f in tsv json; do
	for m in --list --topics --timeline "--topic moi" "--search mồi" \
	    "--search overlong2" "--search 中文漢字" "--search 🇻🇳"; do
		begin "$(echo "mode${m#-}-$f" | tr ' ' '-' | LC_ALL=C tr -cd 'a-z0-9-')"
		run -C $C $m --format $f
		status 0
		clean
		[ -s $T/out ] || fail "no output"
		[ $f = tsv ] || json_ok
	done
done

begin map-bytes
run -C $C --topic moi -w 100
has $T/out "Mồi $R$R$R$R 中文 🇻🇳"
has $T/out "Mốc $R$R 😀"
has $T/out "tóm $R"

begin quote-with-bad-bytes
run -C $C --check
status 0
clean
hasnt $T/err "quote not found"

for e in markdown json; do
	for m in "--topic moi" --timeline; do
		begin "export-$e$(echo "${m#-}" | tr ' ' '-')"
		run -C $C $m --export $e
		status 0
		clean
		[ $e = markdown ] || json_ok
	done
done

begin mark-flood
run -C $C --show mark -w 40
status 0
clean
# One grapheme however many marks: no line wider than asked.
[ "$(LC_ALL=C.UTF-8 wc -L <$T/out)" -le 40 ] || fail "a line wider than 40 columns"
has $T/out "x$(marks 20)"

begin mark-flood-search
run -C $C --search "dấu" --format json
status 0
clean
json_ok

begin cjk-emoji-flags
run -C $C --show mark -w 200
has $T/out "中文漢字かなカナ한국어"
has $T/out "emoji 😀🎉"
has $T/out "cờ 🇻🇳🇯🇵, da 👍🏽"
# ZWJ is dropped (clean.c: tmux would merge cells after it): the family
# shows as its people.
has $T/out "ZWJ 👨👩👧👦"
LC_ALL=C grep -q "$(printf '\342\200\215')" $T/out && fail "a ZWJ reached the output"

# --- the command line and the config --------------------------------------

B=$(printf '\377\300\257x\341\272')
for m in --show --topic --lang --format -w; do
	begin "arg$m"
	run -C $C $m "$B"
	status 2
	clean
	has $T/err '\xFF\xC0\xAFx\xE1\xBA'
done

begin arg-search
run -C $C --search "$B"
status 1
clean
has $T/err "no match for '$R$R$R"

begin arg-filter
run -C $C --list --filter "from:$B"
status 2
clean
has $T/err "--filter:1:"

begin arg-unexpected
run -C $C --list "$B"
status 2
clean
has $T/err '\xFF'

cat >$T/conf.yaml <<EOF
lang: "$(printf '\377\300\257')"
copy-command: "a$(printf '\355\240\200')"
keys:
  "$(printf '\377')": j
  quit: "$(printf '\341\272')"
EOF
begin config
run --config $T/conf.yaml --dump-keys
status 0
clean
has $T/err "lang: expected vi or en, found '$R$R$R'"

# --- the reader, in tmux ---------------------------------------------------

TM="tmux -L utf8-$$ -f $T/tmux.conf"
cat >$T/tmux.conf <<'EOF'
set -g default-terminal "tmux-256color"
set -g remain-on-exit on
set -g status off
set -g escape-time 0
set -s exit-empty off
EOF
trap '$TM kill-server >/dev/null 2>&1; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
$TM start-server \; set -s exit-empty off
screen() { $TM capture-pane -p -t u8: >$T/screen 2>/dev/null; }
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
keys() { for k in "$@"; do $TM send-keys -t u8: "$k"; sleep 0.15; done; }
$TM new-session -d -s u8 -x 100 -y 30 "sleep 0.3; $HOSO -C $C --no-state; echo \$? >$T/rc; sleep 60"
$TM pipe-pane -o -t u8: "cat >>$T/bytes"

begin tmux-invalid-bytes
wait_for "3 Topics" &&
keys G Enter
wait_for "overlong2 [$R$R]"
keys G
wait_for "tệp $R$R"

begin tmux-flood-cjk
keys h g Enter
wait_for "中文漢字"
has $T/screen "🇻🇳🇯🇵"
keys G z
sleep 0.3
keys z h 3
wait_for "中文 🇻🇳"
keys l G h 2
wait_for "Mốc $R$R 😀"

begin tmux-quit
keys Q
i=0
while [ $i -lt 200 ] && ! [ -s $T/rc ]; do
	sleep 0.1
	i=$((i + 1))
done
screen
[ "$(cat $T/rc 2>/dev/null)" = 0 ] ||
    fail "hoso ended with '$(cat $T/rc 2>/dev/null)': $(cat $T/screen)"
$TM pipe-pane -t u8:
[ -s $T/bytes ] || fail "nothing was captured"
utf8_ok $T/bytes

finish
