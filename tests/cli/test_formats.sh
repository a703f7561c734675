#!/bin/sh
# --format tsv|json (issue 11): tsv is the default, byte for byte; json is
# one valid JSON object a line for the list modes, as many lines as the
# TSV and in its order, with the same values in typed fields; one object
# for --show and --topic; a bad format is refused before anything loads.
. tests/cli/lib.sh
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }

# tsv_json NAME ARGS...: $T/NAME.tsv (default), $T/NAME.json (--format
# json); --format tsv must print what the default does.
tsv_json() {
	name=$1; shift
	run "$@"
	status 0 "$* (tsv)"
	cp $T/out $T/$name.tsv
	run --format tsv "$@"
	cmp -s $T/out $T/$name.tsv || fail "--format tsv $* differs from the default"
	run "$@" --format json
	status 0 "$* --format json"
	cp $T/out $T/$name.json
	[ -s $T/$name.json ] || fail "$* --format json printed nothing"
}

# lines NAME: each line of $T/NAME.json is one JSON object, and there are
# as many as there are TSV lines.
lines() {
	jq -R -c 'fromjson | type' $T/$1.json >$T/types 2>$T/jqerr ||
	    { cat $T/jqerr; fail "$1: a line is not JSON"; }
	[ "$(sort -u $T/types)" = '"object"' ] || fail "$1: a line is not an object"
	jq -e . $T/$1.json >/dev/null || fail "$1: jq -e . fails"
	[ "$(wc -l <$T/$1.json)" -eq "$(wc -l <$T/$1.tsv)" ] ||
	    fail "$1: $(wc -l <$T/$1.json) JSON lines, $(wc -l <$T/$1.tsv) TSV lines"
}

# same NAME 'jq filter' 'cut fields': the column of the TSV equals what
# the filter makes of each JSON line.
same() {
	jq -r "$2" $T/$1.json >$T/got
	cut -f"$3" $T/$1.tsv >$T/want
	cmp -s $T/got $T/want || { diff $T/want $T/got | head -5;
	    fail "$1: $2 is not TSV field $3"; }
}

tsv_json list --list
lines list
[ "$(jq -r .id $T/list.json | head -n 1)" = "$(head -n 1 $T/list.tsv | cut -f1)" ] ||
    fail "the first article's id differs"
same list .id 1
same list '.date // ""' 2
same list '.source // ""' 3
same list .title 4
same list '.topics | join(",")' 5
jq -e -s 'all(.topics | type == "array")' $T/list.json >/dev/null ||
    fail "--list: topics is not an array"

tsv_json topics --topics
lines topics
same topics .id 1
same topics .title 2
same topics .mentions 3
same topics .articles 4
same topics '.related | join(",")' 5
jq -e -s 'all((.mentions | type) == "number" and (.articles | type) == "number")' \
    $T/topics.json >/dev/null || fail "--topics: counts are not numbers"
jq -e -s 'any(.id == "visas" and .title_en == "Visas and travel")' \
    $T/topics.json >/dev/null || fail "--topics: no title_en of visas"

tsv_json timeline --timeline
lines timeline
same timeline '.date + (if .end then "/" + .end else "" end)' 1
same timeline .title 2
same timeline '.topics | join(",")' 3
same timeline '.sources | join(",")' 4
same timeline 'if .target then "target" else "event" end' 5
jq -e -s 'all(.target | type == "boolean") and any(.target) and any(.target | not)' \
    $T/timeline.json >/dev/null || fail "--timeline: target is not a boolean of both values"
jq -e -s 'any(.end != null)' $T/timeline.json >/dev/null ||
    fail "--timeline: no span has an end"

tsv_json search --search "thi thuc"
lines search
same search .id 1
same search .paragraph 2
same search '.before + "«" + .match + "»" + .after' 3
jq -e -s 'all(.paragraph | type == "number")' $T/search.json >/dev/null ||
    fail "--search: paragraph is not a number"
run --search zzzz --format json
status 1 "no match, json"
[ -s $T/out ] && fail "output for no match in json"

# --show and --topic: one object, on one line.
id=$(head -n 1 $T/list.tsv | cut -f1)
tsv_json show --show "$id" -w 1000
[ "$(wc -l <$T/show.json)" -eq 1 ] || fail "--show json is not one line"
jq -e --arg id "$id" '.id == $id' $T/show.json >/dev/null || fail "--show: id"
[ "$(jq -r .title $T/show.json)" = "$(head -n 1 $T/show.tsv)" ] ||
    fail "--show: the title is not the rendered one"
[ "$(jq -r '.topics | join(",")' $T/show.json)" = "$(head -n 1 $T/list.tsv | cut -f5)" ] ||
    fail "--show: topics differ from --list's"
# Every paragraph is in the rendered text (wide enough not to wrap).
jq -r '.paragraphs[]' $T/show.json >$T/paras
[ "$(wc -l <$T/paras)" -ge 2 ] || fail "--show: fewer than two paragraphs"
while IFS= read -r p; do
	grep -qxF -- "$p" $T/show.tsv || fail "--show: paragraph not rendered: $p"
done <$T/paras
run --show "$id" -w 20 --format json
cmp -s $T/out $T/show.json || fail "--show json depends on -w"

tsv_json topic --topic visas
[ "$(wc -l <$T/topic.json)" -eq 1 ] || fail "--topic json is not one line"
jq -e '.id == "visas" and (.keywords | length > 0) and (.related | type == "array")' \
    $T/topic.json >/dev/null || fail "--topic: id, keywords, related"
m=$(awk -F'\t' '$1 == "visas" { print $3 }' $T/topics.tsv)
a=$(awk -F'\t' '$1 == "visas" { print $4 }' $T/topics.tsv)
jq -e --argjson m "$m" --argjson a "$a" \
    '.mentions == $m and .articles == $a and (.coverage | length) == $a and
    ([.coverage[].mentions] | add) == $m' $T/topic.json >/dev/null ||
    fail "--topic: counts or coverage differ from --topics ($m, $a)"
# A topic's milestones are the timeline's lines that name it, in order.
run --topic diplomacy --format json
jq -c '.milestones[]' $T/out >$T/got
grep -E '"topics":\[([^]]*,)?"diplomacy"[],]' $T/timeline.json >$T/want
[ -s $T/want ] || fail "no milestone of diplomacy in the timeline"
cmp -s $T/got $T/want || fail "--topic diplomacy: milestones differ from --timeline's"

# Quotes and backslashes come back as written.
mkdir -p $T/q/articles
printf -- '---\ntitle: Nói "xin chào" \\ tạm biệt\ndate: 2024-01-02\n---\nMột "câu" có \\ ở giữa.\n' \
    >$T/q/articles/q.txt
printf 'topics: []\n' >$T/q/topics.yaml
run -C $T/q --show q --format json
status 0 "a title with quotes"
[ "$(jq -r .title $T/out)" = 'Nói "xin chào" \ tạm biệt' ] || fail "a quoted title: $(cat $T/out)"
[ "$(jq -r '.paragraphs[0]' $T/out)" = 'Một "câu" có \ ở giữa.' ] || fail "a quoted paragraph"
jq -e '.source == null and .url == null' $T/out >/dev/null || fail "absent fields are not null"
run -C $T/q --list --format json
[ "$(jq -r .title $T/out)" = 'Nói "xin chào" \ tạm biệt' ] || fail "a quoted title in --list"

# --check prints nothing on stdout in either format.
run --check --format json
status 0 "--check --format json"
[ -s $T/out ] && fail "--check --format json printed on stdout"

# A bad format: one line, status 2, before the corpus is even looked at.
run -C /nonexistent --format x --list
status 2 "a bad format"
[ "$(cat $T/err)" = "hoso: unknown format 'x' (tsv or json)" ] ||
    fail "a bad format says: $(cat $T/err)"
[ -s $T/out ] && fail "output for a bad format"
run --format JSON --topics
status 2 "--format JSON"
has $T/err "hoso: unknown format 'JSON' (tsv or json)"
done_
