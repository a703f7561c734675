#!/bin/sh
# The fault suite, YAML: every kind of YAML hoso reads (the topic map, an
# article's front matter, the config file, a theme) given a NUL (escaped
# "\0" or raw), nothing, comments only, two documents, tags, duplicate
# keys, anchors and aliases, deep nesting, wrong types, invalid UTF-8, a
# file over the size cap.  Each gives one diagnostic at its line and
# column (the size cap has no line: the file is not read) and hoso goes on
# or stops as that file's rules say; nothing is read silently wrong: a NUL
# in text is an error at the string's line and column and shows as ^@
# (never the text's end), "true<NUL>x" is not true, an id, a date or a key
# with a NUL is a bad one, a setting with one is not read.
# The bookmark file is not YAML, but a NUL there is the same trap.
. tests/hostile/lib.sh
. tests/hostile/tmux.sh
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
    XDG_CACHE_HOME="$T/cache"

C=$T/c
mkc() {
	rm -rf "$C"
	mkdir -p "$C/articles"
	printf 'title: T\ntopics:\n  - id: visas\n    title: Visas\n    keywords: [visa]\n' \
	    >"$C/topics.yaml"
	printf -- '---\ntitle: One\ndate: 2023-01-01\n---\nA visa text.\n' \
	    >"$C/articles/one.txt"
}
# map TEXT (printf format): the topic map, checked
map() {
	mkc
	# shellcheck disable=SC2059
	printf -- "$1" >"$C/topics.yaml"
	run -C "$C" --check
}
# only FILE TEXT: FILE has exactly one line, and it holds TEXT
only() {
	has "$1" "$2"
	[ "$(wc -l <"$1")" -eq 1 ] || fail "not one line: $(head -n 3 "$1")"
}
# front TEXT: an article of that front matter beside the good one, listed
front() {
	mkc
	# shellcheck disable=SC2059
	printf -- "---\n$1---\nA visa text.\n" >"$C/articles/x.txt"
	run -C "$C" --list
}

# A NUL in text (a title) is an error at the string's position, and the
# text keeps it as a marker, ^@, never its end; in an id, a date,
# true/false or a key it makes the value another one, which is reported as
# such at its line and column.
begin map_nul_title
map 'title: "T\\0hidden"\ntopics:\n  - id: visas\n    title: "V\\0isas"\n    keywords: [visa]\n'
status 1
has "$T/err" "$C/topics.yaml:1:8: error: title: a NUL character, shown as ^@"
has "$T/err" "$C/topics.yaml:4:12: error: title: a NUL character, shown as ^@"
[ "$(wc -l <"$T/err")" -eq 2 ] || fail "not two lines: $(cat "$T/err")"
run -C "$C" --topics
status 1
has "$T/out" "V^@isas"
no_controls "$T/out"

begin map_nul_raw_title
map 'title: T\0hidden\ntopics:\n  - id: visas\n    title: V\0isas\n    keywords: [visa, "vi\\0sa"]\n'
status 1
has "$T/err" "$C/topics.yaml:1:8: error: title: a NUL character, shown as ^@"
has "$T/err" "$C/topics.yaml:4:12: error: title: a NUL character, shown as ^@"
has "$T/err" "$C/topics.yaml:5:22: error: keywords: a NUL character, shown as ^@"
run -C "$C" --topics
has "$T/out" "V^@isas"
no_controls "$T/out"
no_controls "$T/err"

# Every string of a milestone and its sources.
begin map_nul_milestone
map 'topics:\n  - {id: visas, title: V, keywords: [visa]}\ntimeline:\n  - date: 2001\n    title: "M\\0"\n    note: "n\\0"\n    sources: [{article: one, quote: "vi\\0sa"}]\n'
status 1
has "$T/err" "$C/topics.yaml:5:12: error: title: a NUL character, shown as ^@"
has "$T/err" "$C/topics.yaml:6:11: error: note: a NUL character, shown as ^@"
has "$T/err" "$C/topics.yaml:7:37: error: quote: a NUL character, shown as ^@"

begin map_nul_in_id_key_bool
map 'topics:\n  - id: "a\\0b"\n    title: A\n    keywords: [k]\n    "key\\0": 1\ntimeline:\n  - {date: 2001, title: a, target: true\0x, sources: [{article: one, quote: visa}]}\n'
status 1
has "$T/err" "$C/topics.yaml:2:9: error: id: invalid id 'a^@b'"
has "$T/err" "$C/topics.yaml:5:5: error: unknown key 'key^@'"
has "$T/err" "$C/topics.yaml:7:36: error: target: expected true or false, found 'true^@x'"
no_controls "$T/err"

begin map_empty
map ''
status 1
only "$T/err" "$C/topics.yaml:1:1: error: empty topic map: expected a mapping with 'topics'"

begin map_comments_only
map '# nothing\n\n   # but comments\n'
status 1
only "$T/err" "$C/topics.yaml:1:1: error: empty topic map"

begin map_several_documents
map 'topics: []\n---\ntopics: []\n'
status 1
only "$T/err" "$C/topics.yaml:2:1: error: only one YAML document is allowed"

begin map_tags
map 'title: !!str T\ntopics: []\n'
status 1
only "$T/err" "$C/topics.yaml:1:8: error: tags are not allowed (!!str)"

begin map_duplicate_keys
map 'title: T\ntitle: U\ntopics: []\n'
status 1
only "$T/err" "$C/topics.yaml:2:1: error: duplicate key 'title' (first at line 1)"

begin map_anchor_alias
map 'title: &x T\ntopics: []\nx: *x\n'
status 1
has "$T/err" "$C/topics.yaml:1:8: error: anchors are not allowed (&x)"
has "$T/err" "$C/topics.yaml:3:4: error: aliases are not allowed (*x)"

# A billion laughs: aliases are refused before any is expanded.
begin map_alias_bomb
map 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\ntopics: []\n'
status 1
has "$T/err" "$C/topics.yaml:1:4: error: anchors are not allowed (&a)"

begin map_deep_nesting
mkc
awk 'BEGIN { printf "topics: "; for (i = 0; i < 100000; i++) printf "["; print "" }' \
    >"$C/topics.yaml"
run -C "$C" --check
status 1
only "$T/err" "$C/topics.yaml:1:72: error: nesting deeper than 64 levels"

begin map_wrong_types
map 'title: [1]\ntopics: {}\n'
status 1
has "$T/err" "$C/topics.yaml:1:8: error: title: expected a string, found a sequence"
has "$T/err" "$C/topics.yaml:2:9: error: topics: expected a sequence, found a mapping"

begin map_top_level_scalar
map 'just words\n'
status 1
only "$T/err" "$C/topics.yaml:1:1: error: expected a mapping with 'topics' at the top level, found a scalar"

begin map_invalid_utf8
map 'title: T\nx-note: ok\ntopics:\n  - id: visas\n    title: Vi\377\376sas\n    keywords: [visa]\n'
has "$T/err" "$C/topics.yaml:5:14: warning: not valid UTF-8: 2 bytes shown as U+FFFD"
no_controls "$T/err"

begin map_syntax_error
map 'topics: [a\n'
status 1
only "$T/err" "$C/topics.yaml:2:1: error: YAML syntax: did not find expected ',' or ']'"

begin map_over_size_cap
mkc
awk 'BEGIN { print "topics:"; for (i = 0; i < 800000; i++) printf "  - {id: t%d, title: T, keywords: [k]}\n", i }' \
    >"$C/topics.yaml"
run -C "$C" --check
status 1
only "$T/err" "$C/topics.yaml: error: too large: more than 33554432 bytes"

# A million keys: twenty unknown ones warned about, then one line for the
# rest; the map is read.
begin map_million_keys
mkc
{ printf 'topics:\n  - {id: visas, title: V, keywords: [visa]}\n'
  awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "x%d: %d\n", i, i }'; } >"$C/topics.yaml"
run -C "$C" --check
status 0
[ "$(wc -l <"$T/err")" -eq 21 ] || fail "$(wc -l <"$T/err") lines of warnings, expected 21"
has "$T/err" "$C/topics.yaml:3:1: warning: unknown key 'x0' at the top level"
has "$T/err" "$C/topics.yaml:23:1: warning: more than 20 unknown keys; the rest are not reported"
# ...but a key with a NUL after them all is still an error
printf '"x\\0": 1\n' >>"$C/topics.yaml"
run -C "$C" --check
status 1
has "$T/err" "$C/topics.yaml:1000003:1: error: unknown key 'x^@' at the top level"

# Under the size cap, the node cap: 4,000,001 scalars of two bytes each.
begin map_node_cap
mkc
awk 'BEGIN { printf "topics: ["; for (i = 0; i < 4000001; i++) printf "a,"; print "a]" }' \
    >"$C/topics.yaml"
run -C "$C" --check
status 1
only "$T/err" "$C/topics.yaml:1:8000004: error: more than 4000000 nodes"

# Front matter: the article costs itself only, at its line and column
# (line 2 of the file is the first of the front matter).
begin front_nul_escaped_id
front 'id: "abc\\0def"\ntitle: X\n'
status 1
only "$T/err" "$C/articles/x.txt:2:5: error: id: invalid id 'abc^@def'"
has "$T/out" "one	2023-01-01"
hasnt "$T/out" "abc"

begin front_nul_title
front 'title: "Cut\\0 here"\nsource: "S\\0"\n'
status 1
has "$T/out" "x		S^@	Cut^@ here	visas"
has "$T/err" "$C/articles/x.txt:2:8: error: title: a NUL character, shown as ^@"
has "$T/err" "$C/articles/x.txt:3:9: error: source: a NUL character, shown as ^@"
[ "$(wc -l <"$T/err")" -eq 2 ] || fail "not two lines: $(cat "$T/err")"

begin front_nul_raw_title
front 'title: Cut\0 here\n'
status 1
has "$T/out" "x			Cut^@ here	visas"
only "$T/err" "$C/articles/x.txt:2:8: error: title: a NUL character, shown as ^@"
no_controls "$T/out"

begin front_nul_boolean
front 'title: X\nsegmented: true\0x\n'
status 1
only "$T/err" "$C/articles/x.txt:3:12: error: segmented: expected true or false, found 'true^@x'"
hasnt "$T/out" "x		"

begin front_nul_date
front 'title: X\ndate: "2023\\0-01"\n'
status 1
only "$T/err" "$C/articles/x.txt:3:7: error: date: invalid date '2023^@-01'"

begin front_empty
front ''
status 1
only "$T/err" "$C/articles/x.txt:2:1: error: front matter: expected a mapping, found nothing"

begin front_comments_only
front '# no keys\n'
status 1
only "$T/err" "$C/articles/x.txt:2:1: error: front matter: expected a mapping, found nothing"

begin front_tags_aliases_duplicates
front 'title: !!str X\n'
only "$T/err" "$C/articles/x.txt:2:8: error: tags are not allowed (!!str)"
front 'title: &t X\nauthor: *t\n'
has "$T/err" "$C/articles/x.txt:2:8: error: anchors are not allowed (&t)"
front 'title: X\ntitle: Y\n'
only "$T/err" "$C/articles/x.txt:3:1: error: duplicate key 'title' (first at line 2)"

begin front_wrong_types
front 'title: [X]\n'
status 1
only "$T/err" "$C/articles/x.txt:2:8: error: title: expected a string, found a sequence"
front 'title: X\nsegmented: yes please\n'
has "$T/err" "$C/articles/x.txt:3:12: error: segmented:"

begin front_deep_nesting
mkc
{ printf -- '---\ntitle: X\nx: '; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }'; printf -- '---\nText.\n'; } \
    >"$C/articles/x.txt"
run -C "$C" --list
status 1
only "$T/err" "$C/articles/x.txt:3:67: error: nesting deeper than 64 levels"

# The config file: its problems are warnings and cost the file or the key.
cfg() {
	mkc
	mkdir -p "$T/config/hoso"
	# shellcheck disable=SC2059
	printf -- "$1" >"$T/config/hoso/config.yaml"
	run -C "$C" --list
}
CF=$T/config/hoso/config.yaml

begin config_nul
cfg 'lang: "v\\0i"\n'
status 0
only "$T/err" "$CF:1:7: warning: lang: expected vi or en, found 'v^@i'"
cfg 'lang: vi\0x\n'
only "$T/err" "$CF:1:7: warning: lang: expected vi or en, found 'vi^@x'"
cfg 'keys:\n  quit: ["Q\\0"]\n'
only "$T/err" "$CF:2:10: warning: a NUL character in a setting; not read"
run -C "$C" --dump-keys
has "$T/out" "quit	Q	"
no_controls "$T/err"
cfg 'copy-command: "xclip\\0 -i"\n'
only "$T/err" "$CF:1:15: warning: a NUL character in a setting; not read"

begin config_several_documents
cfg 'lang: vi\n---\nlang: en\n'
only "$T/err" "$CF:2:1: warning: only one YAML document is allowed"

begin config_tags_aliases_duplicates
cfg 'lang: !!str vi\n'
only "$T/err" "$CF:1:7: warning: tags are not allowed (!!str)"
cfg 'lang: &l vi\nx: *l\n'
has "$T/err" "$CF:1:7: warning: anchors are not allowed (&l)"
cfg 'lang: vi\nlang: en\n'
only "$T/err" "$CF:2:1: warning: duplicate key 'lang' (first at line 1)"

begin config_wrong_types
cfg 'lang: [vi]\nmouse: maybe\n'
has "$T/err" "$CF:1:7: warning: lang:"
has "$T/err" "$CF:2:8: warning: mouse:"
cfg '- lang\n'
only "$T/err" "$CF:1:1: warning: expected a mapping of keys"

begin config_deep_nesting
mkc
mkdir -p "$T/config/hoso"
awk 'BEGIN { printf "keys: "; for (i = 0; i < 1000; i++) printf "["; print "" }' >"$CF"
run -C "$C" --list
status 0
only "$T/err" "$CF:1:70: warning: nesting deeper than 64 levels"

begin config_invalid_utf8
cfg 'lang: vi\ncopy-command: x\377\n'
has "$T/err" "$CF:2:16: warning: not valid UTF-8: 1 byte shown as U+FFFD"

begin config_empty_and_comments
cfg ''
[ ! -s "$T/err" ] || fail "an empty config said: $(cat "$T/err")"
cfg '# all defaults\n'
[ ! -s "$T/err" ] || fail "a commented config said: $(cat "$T/err")"

begin config_over_size_cap
mkc
mkdir -p "$T/config/hoso"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "# padding %d\n", i }' >"$CF"
run -C "$C" --list
status 0
only "$T/err" "$CF: warning: larger than"
rm -rf "$T/config"

# The bookmark file (not YAML): a NUL in an id costs that line, with its
# number; one escaped in a note is shown as a marker, the note whole.
begin bookmarks_nul
mkc
mkdir -p "$T/state/hoso"
h=-3750763034362895579
for byte in $(printf %s "$(cd "$C" && pwd -P)" | od -An -v -tu1); do
	h=$(( (h ^ byte) * 1099511628211 ))
done
bm=$T/state/hoso/bookmarks-$(printf '%016x' "$h")
printf 'hoso-bookmarks 1\n1700000000\tone\0x\t0\t1\t\tA\n1700000000\tone\t2\t6\tcut\\x00here\tvisa\n' >"$bm"
run -C "$C" --bookmarks
status 0
has "$T/err" "$bm:2: warning: bad article id; line skipped"
has "$T/out" "cut^@here"
no_controls "$T/err"
no_controls "$T/out"
rm -rf "$T/state"

# A theme is read by the reader only: in a pane, its warnings printed
# when the reader ends.
theme() {
	mkc
	# shellcheck disable=SC2059
	printf -- "$1" >"$T/theme.yaml"
	tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config --theme '$T/theme.yaml' 2>'$T/err'; echo EXIT=\$?; sleep 30"
	tm_wait "1 articles" && tm_keys q && tm_wait "EXIT=0"
}

begin theme_nul
theme 'name: x\nroles:\n  title: { fg: "red\\0x" }\n'
only "$T/err" "$T/theme.yaml:3:16: warning: title.fg: unknown colour 'red^@x'"
no_controls "$T/err"

theme 'name: "x\\0y"\nroles: {}\n'
only "$T/err" "$T/theme.yaml:1:7: warning: name: a NUL character, shown as ^@"

begin theme_empty
theme ''
only "$T/err" "$T/theme.yaml:1:1: warning: a theme must be a mapping with \`name\` and \`roles\`; using the built-in theme"

begin theme_deep_nesting
mkc
awk 'BEGIN { printf "roles: "; for (i = 0; i < 1000; i++) printf "["; print "" }' >"$T/theme.yaml"
tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config --theme '$T/theme.yaml' 2>'$T/err'; echo EXIT=\$?; sleep 30"
tm_wait "1 articles" && tm_keys q && tm_wait "EXIT=0"
has "$T/err" "$T/theme.yaml:1:71: warning: nesting deeper than 64 levels"

begin theme_tags_duplicates
theme 'name: !!str x\nname: y\nroles: {}\n'
has "$T/err" "$T/theme.yaml:1:7: warning: tags are not allowed (!!str)"
has "$T/err" "$T/theme.yaml:2:1: warning: duplicate key 'name' (first at line 1)"
tm_stop

finish
