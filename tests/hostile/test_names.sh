#!/bin/sh
# The fault suite, names: file and directory names, corpus paths, option
# values and ids that carry terminal controls (ESC, OSC 0 which sets the
# window title, OSC 52 which writes the clipboard, CSI, C1 controls,
# bidirectional overrides, invalid UTF-8, a newline) or are hostile as ids
# (../../etc/passwd, -rf, 300 characters).  Whatever hoso prints of them,
# on stdout or stderr, in the modes or in the reader, shows the controls
# as visible text (^[, <U+009B>, \xFF) and never sends them; a bad id is
# an error at its line and column.
. tests/hostile/lib.sh
. tests/hostile/tmux.sh
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
    XDG_CACHE_HOME="$T/cache"

ESC=$(printf '\033')
BEL=$(printf '\007')
OSC0="${ESC}]0;PWN${BEL}"
OSC52="${ESC}]52;c;SGVsbG8=${BEL}"
CSI="${ESC}[2J${ESC}[31m"
C1=$(printf '\302\233')		# U+009B, the one-character CSI
RAW9B=$(printf '\233')		# the same as a raw byte: invalid UTF-8
BAD=$(printf '\377\376')
RLO=$(printf '\342\200\256')	# U+202E
NL='
'

# mkc DIR: a small corpus, one good article and a map
mkc() {
	rm -rf "$1"
	mkdir -p "$1/articles"
	printf 'title: T\ntopics:\n  - id: visas\n    title: Visas\n    keywords: [visa]\n' \
	    >"$1/topics.yaml"
	printf -- '---\ntitle: One\ndate: 2023-01-01\n---\nA visa text.\n' \
	    >"$1/articles/one.txt"
}
art() { printf -- '---\ntitle: %s\n---\nA visa text.\n' "$2" >"$1"; }
# clean: nothing raw on either stream
clean() { no_controls "$T/out"; no_controls "$T/err"; }
C=$T/c

# An article's name in the diagnostics of --check, --list and --show,
# and in the JSON of --check.
for kind in osc0 osc52 csi c1 raw9b badutf8 bidi newline; do
	case $kind in
	osc0) name="n${OSC0}m" shown='n^[]0;PWN^Gm' ;;
	osc52) name="n${OSC52}m" shown='n^[]52;c;SGVsbG8=^Gm' ;;
	csi) name="n${CSI}m" shown='n^[[2J^[[31mm' ;;
	c1) name="n${C1}m" shown='n<U+009B>m' ;;
	raw9b) name="n${RAW9B}m" shown='n\x9Bm' ;;
	badutf8) name="n${BAD}m" shown='n\xFF\xFEm' ;;
	bidi) name="n${RLO}m" shown='n<U+202E>m' ;;
	newline) name="n${NL}m" shown='n^Jm' ;;
	esac
	begin "file_name_$kind"
	mkc "$C"
	art "$C/articles/$name.txt" Evil
	run -C "$C" --check
	status 1
	has "$T/err" "$C/articles/$shown.txt: error: file name '"
	has "$T/err" "' is not a valid id; add an id: field"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "not one line: $(cat "$T/err")"
	clean
	run -C "$C" --list
	has "$T/out" "one	2023-01-01"
	clean
	run -C "$C" --show "$name"
	status 2
	has "$T/err" "hoso: no article with id '$shown'"
	clean
	run -C "$C" --check --format json
	clean
done

# With an id of its own, such a file is an article like any other, and
# its name is never printed.
begin file_name_with_id
mkc "$C"
printf -- '---\nid: evil\ntitle: Evil\n---\nA visa text.\n' \
    >"$C/articles/x${OSC0}${OSC52}.txt"
run -C "$C" --list
status 0
has "$T/out" "evil			Evil	visas"
clean
run -C "$C" --list --format json
clean
run -C "$C" --show evil
status 0
clean

begin directory_name_in_articles
mkc "$C"
mkdir "$C/articles/d${OSC0}.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/d^[]0;PWN^G.txt: error: not a regular file (a directory); skipped"
clean

begin symlink_target_name
mkc "$C"
art "$T/x${OSC52}" Outside
ln -s "$T/x${OSC52}" "$C/articles/l.txt"
run -C "$C" --check
has "$T/err" "(to $T/x^[]52;c;SGVsbG8=^G); skipped"
clean

begin corpus_path
D="$T/c${OSC0}${C1}${BAD}"
mkc "$D"
art "$D/articles/Bad.txt" Bad
run -C "$D" --check
status 1
has "$T/err" "$T/c^[]0;PWN^G<U+009B>\xFF\xFE/articles/Bad.txt: error:"
clean
run -C "$D" --list
has "$T/out" "one	2023-01-01"
clean
HOSO_CONTENT=$D run --topics
clean
rm -rf "$D"

begin corpus_path_missing
run -C "$T/none${OSC52}" --list
status 2
has "$T/err" "hoso: -C $T/none^[]52;c;SGVsbG8=^G: no such directory"
clean

begin map_path
mkc "$C"
run -C "$C" -m "$T/m${OSC0}.yaml" --check
status 1
has "$T/err" "$T/m^[]0;PWN^G.yaml: error: cannot read: No such file or directory"
clean

begin config_path
mkc "$C"
run -C "$C" --config "$T/c${CSI}.yaml" --list
status 2
has "$T/err" "hoso: --config $T/c^[[2J^[[31m.yaml: no such file"
clean

# Options and their values as they are echoed back in errors.
begin unknown_options
for a in "--bogus${OSC0}" "--bogus=${OSC52}" "-${ESC}" "--${CSI}" "--${C1}" "-${BAD}"; do
	run "$a"
	status 2
	clean
	has "$T/err" "Try 'hoso --help'."
done
run "--bogus${OSC0}"
has "$T/err" "hoso: unrecognized or ambiguous option '--bogus^[]0;PWN^G'"
run "-${ESC}"
has "$T/err" "hoso: invalid option -- '^['"

begin option_values
mkc "$C"
for o in --show --topic --search --lang --format --export -w; do
	run -C "$C" "$o" "x${OSC0}${C1}"
	nonzero
	clean
done
run -C "$C" --list --filter "x${OSC52}"
clean
run -C "$C" --list "x${OSC0}"
status 2
has "$T/err" "hoso: unexpected argument 'x^[]0;PWN^G'"
clean
run -C "$C" --topic "x${OSC0}" --export markdown
status 2
has "$T/err" "hoso: no topic with id 'x^[]0;PWN^G'"
clean

begin missing_option_argument
run --show
status 2
has "$T/err" "hoso: option '--show' requires an argument"
run --sho
has "$T/err" "hoso: option '--show' requires an argument"
run -C
has "$T/err" "hoso: option requires an argument -- 'C'"
run --list=x
has "$T/err" "hoso: option '--list' doesn't allow an argument"
run --no-
has "$T/err" "hoso: unrecognized or ambiguous option '--no-'"

# Hostile ids: refused where they are written, with line and column.
begin id_path_traversal
mkc "$C"
printf -- '---\nid: ../../etc/passwd\ntitle: X\n---\nbody\n' >"$C/articles/p.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/p.txt:2:5: error: id: invalid id '../../etc/passwd' (expected [a-z0-9][a-z0-9-]{0,63})"
run -C "$C" --show ../../etc/passwd
status 2
has "$T/err" "hoso: no article with id '../../etc/passwd'"
hasnt "$T/out" "root:"

begin id_option_like
mkc "$C"
printf -- '---\nid: -rf\ntitle: X\n---\nbody\n' >"$C/articles/q.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/q.txt:2:5: error: id: invalid id '-rf'"
run -C "$C" --show -rf
status 2
has "$T/err" "hoso: no article with id '-rf'"
run -C "$C" --show=-rf
status 2

begin id_300_chars
mkc "$C"
long=$(printf '%300s' '' | tr ' ' a)
printf -- '---\nid: %s\ntitle: X\n---\nbody\n' "$long" >"$C/articles/r.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/r.txt:2:5: error: id: invalid id 'aaaaaaaaaa"
has "$T/err" "…' (expected [a-z0-9][a-z0-9-]{0,63})"
[ "$(wc -c <"$T/err")" -lt 400 ] || fail "the whole id quoted"
run -C "$C" --show "$long"
status 2
has "$T/err" "hoso: no article with id 'aaaa"

begin id_length_cap
mkc "$C"
printf -- '---\nid: %s\ntitle: Sixty-four\n---\nbody\n' "$(printf '%64s' '' | tr ' ' b)" >"$C/articles/s.txt"
printf -- '---\nid: %s\ntitle: X\n---\nbody\n' "$(printf '%65s' '' | tr ' ' c)" >"$C/articles/t.txt"
run -C "$C" --list
has "$T/out" "$(printf '%64s' '' | tr ' ' b)			Sixty-four"
has "$T/err" "$C/articles/t.txt:2:5: error: id: invalid id 'cccc"
hasnt "$T/err" "s.txt"

begin id_charset
mkc "$C"
i=0
for id in 'Upper' 'a b' 'a_b' 'ý' 'a.b' 'a/b' '"a\tb"' "''" 'a-'; do
	i=$((i + 1))
	printf -- '---\nid: %s\ntitle: X\n---\nbody\n' "$id" >"$C/articles/f$i.txt"
done
run -C "$C" --check
status 1
for i in 1 2 3 4 5 6 7 8; do
	has "$T/err" "$C/articles/f$i.txt:2:5: error: id: invalid id"
done
hasnt "$T/err" "f9.txt"
clean

begin file_name_250_chars
mkc "$C"
n=$(printf '%246s' '' | tr ' ' b)
art "$C/articles/$n.txt" Long
run -C "$C" --check
status 1
has "$T/err" "error: file name 'bbbbbbbbbb"
has "$T/err" "is not a valid id; add an id: field"
run -C "$C" --show "$n"
status 2
has "$T/err" "hoso: no article with id '$n'"
printf -- '---\nid: long\ntitle: Long\n---\nA visa text.\n' >"$C/articles/$n.txt"
run -C "$C" --show long
status 0
has "$T/out" "Long"

# A bookmark's note and quote are text someone typed or pasted: their
# controls are shown as markers in --bookmarks' TSV and JSON alike.
begin bookmark_note_controls
mkc "$C"
mkdir -p "$T/state/hoso"
h=-3750763034362895579
for byte in $(printf %s "$(cd "$C" && pwd -P)" | od -An -v -tu1); do
	h=$(( (h ^ byte) * 1099511628211 ))
done
printf 'hoso-bookmarks 1\n1700000000\tone\t2\t6\tn\\x1b]0;PWN\\x07\\x9b\\xc2\\x9b\\x7f\tvisa\n' \
    >"$T/state/hoso/bookmarks-$(printf '%016x' "$h")"
run -C "$C" --bookmarks
status 0
has "$T/out" "	n^[]0;PWN^G$(printf '\357\277\275')<U+009B>^?	visa"
clean
run -C "$C" --bookmarks --format json
status 0
has "$T/out" "\"note\":\"n^[]0;PWN^G$(printf '\357\277\275')<U+009B>^?\""
clean
LC_ALL=C grep -q "$(printf '\233')" "$T/out" && fail "a raw 0x9B byte in the JSON"
rm -rf "$T/state"

# In the reader, with stderr on the terminal: articles named with OSC 0
# and OSC 52, and titles holding them, set no title and fill no buffer.
# The warnings of the per-article caps name the article too: more than
# 1,000 matches in --search, more than 100 passages in a brief.
begin cap_warnings_name
mkc "$C"
{
	printf -- '---\nid: many\ntitle: Many\n---\n'
	i=0
	while [ $i -lt 1100 ]; do printf 'Một visa nữa.\n\n'; i=$((i + 1)); done
} >"$C/articles/m${OSC0}${CSI}.txt"
run -C "$C" --search visa
status 0
clean
has "$T/err" 'm^[]0;PWN^G^[[2J^[[31m.txt'
run -C "$C" --topic visas --export markdown
status 0
clean
has "$T/err" 'm^[]0;PWN^G^[[2J^[[31m.txt'

begin reader_osc_names
mkc "$C"
art "$C/articles/t${OSC0}.txt" Evil
art "$C/articles/c${OSC52}.txt" Evil
printf -- '---\nid: titled\ntitle: "x\\e]0;PWN\\ay\\e]52;c;SGVsbG8=\\a"\n---\nA visa text.\n' \
    >"$C/articles/titled.txt"
tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config; echo EXIT=\$?; sleep 30"
before=$(tm display -p -t h '#{pane_title}')
tm_wait "2 articles" && tm_keys j && sleep 0.3 && tm_keys q && tm_wait "EXIT="
tm_pane | grep -qF 't^[]0;PWN^G.txt' || fail "the name is not shown escaped"
after=$(tm display -p -t h '#{pane_title}')
[ "$after" = "$before" ] || fail "the pane's title became '$after'"
[ -z "$(tm list-buffers 2>/dev/null)" ] || fail "a buffer was set: $(tm list-buffers)"

begin reader_theme_path
mkc "$C"
tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config --theme '$T/th${OSC0}${OSC52}.yaml'; echo EXIT=\$?; sleep 30"
before=$(tm display -p -t h '#{pane_title}')
tm_wait "1 articles" && tm_keys q && tm_wait "EXIT="
after=$(tm display -p -t h '#{pane_title}')
[ "$after" = "$before" ] || fail "the pane's title became '$after'"
[ -z "$(tm list-buffers 2>/dev/null)" ] || fail "a buffer was set: $(tm list-buffers)"
tm_pane | grep -qF 'th^[]0;PWN^G^[]52;c;SGVsbG8=^G.yaml' || fail "the theme path is not shown escaped"
tm_stop

finish
