#!/bin/sh
# --export markdown|json (issue 11, part 2): the briefs of a topic and of
# the timeline of the bundled dossier pass mdl; each passage or quote is
# followed by the citation of its own article; the JSON brief is valid
# and holds the same passages with the same citations; the fixture
# export/ (titles and text full of Markdown syntax) renders as the text
# it is, never as markup or HTML; the misuses exit 2 with a message and
# print nothing.
. tests/cli/lib.sh
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }
command -v mdl >/dev/null || { echo "FAIL: mdl is not installed (make deps)"; exit 1; }
STYLE=tests/mdl-style.rb

# brief NAME ARGS...: $T/NAME.md and $T/NAME.json from hoso ARGS
# --export markdown|json, both exiting 0 with nothing on stderr.
brief() {
	name=$1; shift
	for f in markdown json; do
		run "$@" --export $f
		status 0 "$* --export $f"
		[ -s $T/err ] && fail "$* --export $f said: $(cat $T/err)"
		case $f in
		markdown) cp $T/out $T/$name.md ;;
		json) cp $T/out $T/$name.json ;;
		esac
	done
	mdl -s $STYLE $T/$name.md >$T/mdl 2>&1 || { cat $T/mdl; fail "$name: mdl"; }
	jq -e . $T/$name.json >/dev/null || fail "$name: jq -e . fails"
	[ "$(tail -c 1 $T/$name.md | od -An -c | tr -d ' ')" = '\n' ] ||
	    fail "$name: does not end with a newline"
	[ "$(tail -c 2 $T/$name.md | od -An -c | tr -d ' ')" = '\n\n' ] &&
	    fail "$name: ends with a blank line"
}

# cites NAME: the citation line after each quote of $T/NAME.md (the
# first line after it that is not blank), one a line.
cites() {
	awk '/^> / { q = 1; next } q && /^$/ { next } q { print; q = 0 }' $T/$1.md
}
# jcites NAME FILTER: the same lines made from the JSON brief's citations
# (FILTER picks the passages).
jcites() {
	jq -r "$2"' | .cite | "— " + ([.title, .source, .date,
	    (if .url then "<" + .url + ">" else null end)]
	    | map(select(. != null)) | join(", "))' $T/$1.json
}

# --- a topic of the bundled dossier
brief topic --topic visas
has $T/topic.md "# Thị thực và đi lại — Visas and travel"
has $T/topic.md "## Related topics"
has $T/topic.md "- Labour and trainees (labour)"
has $T/topic.md "## Articles"
has $T/topic.md "- 6 × Chủ tịch nước đề nghị Nhật tiến tới miễn visa cho người Việt — VnExpress, 2023-11-27"
has $T/topic.md "## Passages"
# Ranked by mentions, most first.
sed -n 's/^- \([0-9]*\) × .*/\1/p' $T/topic.md >$T/counts
[ -s $T/counts ] || fail "topic: no ranked articles"
sort -nr $T/counts | cmp -s - $T/counts || fail "topic: articles not ranked: $(cat $T/counts | tr '\n' ' ')"
[ "$(wc -l <$T/counts)" -eq "$(jq '.articles | length' $T/topic.json)" ] ||
    fail "topic: as many articles in Markdown as in JSON"
# Every passage has its citation, naming the article it comes from: the
# Markdown's citations are the JSON's, passage for passage, and the
# JSON's is the article's (its title is the one --list gives its id).
cites topic >$T/md.cites
jcites topic '.passages[]' >$T/json.cites
[ "$(wc -l <$T/md.cites)" -eq "$(grep -c '^> ' $T/topic.md)" ] ||
    fail "topic: a passage without its citation"
cmp -s $T/md.cites $T/json.cites || { diff $T/md.cites $T/json.cites; fail "topic: citations differ"; }
has $T/md.cites "— Thủ tướng Phạm Minh Chính gặp Thủ tướng Nhật Bản Kishida Fumio, Báo Điện tử Chính phủ (VGP), 2022-11-13"
run --list
jq -r '.passages[] | .article + "\t" + .cite.title' $T/topic.json | sort -u >$T/pairs
cut -f1,4 $T/out | sort | join -t "$(printf '\t')" - $T/pairs >$T/joined
[ "$(wc -l <$T/joined)" -eq "$(wc -l <$T/pairs)" ] || fail "topic: a citation names another article"
awk -F '\t' '$2 != $3' $T/joined | grep -q . && fail "topic: a citation's title is not its article's"
# The same passages: the quoted text without its bold and escapes is the
# JSON's text, and every mention of the topic is marked once.
sed -n 's/^> //p' $T/topic.md | sed 's/\*\*//g; s/\\\(.\)/\1/g' >$T/md.text
jq -r '.passages[].text' $T/topic.json >$T/json.text
cmp -s $T/md.text $T/json.text || { diff $T/md.text $T/json.text; fail "topic: passages differ"; }
[ "$(jq '[.passages[].marks | length] | add' $T/topic.json)" = \
    "$(jq .topic.mentions $T/topic.json)" ] || fail "topic: not every mention is marked"
[ "$(grep -o '\*\*[^*]*\*\*' $T/topic.md | wc -l)" -eq "$(jq .topic.mentions $T/topic.json)" ] ||
    fail "topic: not every mention is in bold"
has $T/topic.md "> Chủ tịch nước Võ Văn Thưởng mong Nhật Bản nới lỏng thủ tục **nhập cảnh**, tiến tới miễn **visa** cho"

# --- the timeline of the bundled dossier
brief timeline --timeline
run --timeline
cp $T/out $T/timeline.tsv
[ "$(grep -c '^## ' $T/timeline.md)" -eq "$(wc -l <$T/timeline.tsv)" ] ||
    fail "timeline: not a section per milestone"
# In date order: the dates of the headings are --timeline's.
sed -n 's/^## \([^ ]*\)\( – \([^ ]*\)\)\{0,1\} .*/\1 \3/p' $T/timeline.md |
    sed 's/ $//; s/ /\//' >$T/md.dates
cut -f1 $T/timeline.tsv | cmp -s - $T/md.dates ||
    { diff $T/md.dates $T/timeline.tsv; fail "timeline: dates not in order"; }
[ "$(grep -c '^## .* (target) — ' $T/timeline.md)" -eq "$(grep -c 'target$' $T/timeline.tsv)" ] ||
    fail "timeline: targets not marked"
has $T/timeline.md "## 1973-09-21 — Thiết lập quan hệ ngoại giao — Diplomatic relations established"
has $T/timeline.md "## 2021-01 – 2021-09 — "
# A quote for each source, each with the citation of its article.
[ "$(grep -c '^> ' $T/timeline.md)" -eq "$(cut -f4 $T/timeline.tsv | tr ',' '\n' | grep -c .)" ] ||
    fail "timeline: not a quote for each source"
cites timeline >$T/md.cites
jcites timeline '.milestones[].quotes[]' >$T/json.cites
cmp -s $T/md.cites $T/json.cites || { diff $T/md.cites $T/json.cites; fail "timeline: citations differ"; }
[ "$(jq '.milestones | length' $T/timeline.json)" -eq "$(wc -l <$T/timeline.tsv)" ] ||
    fail "timeline: JSON milestones"
[ "$(jq -r '[.milestones[].quotes[].article] | join(",")' $T/timeline.json)" = \
    "$(cut -f4 $T/timeline.tsv | paste -sd, -)" ] || fail "timeline: JSON quotes' articles"
has $T/timeline.md "> Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao vào ngày 21/9/1973"

# --filter narrows the timeline's brief as it does --timeline.
run --timeline --filter 'target:yes' --export markdown
status 0 "--timeline --filter --export"
[ "$(grep -c '^## ' $T/out)" -eq 3 ] || fail "--filter target:yes: $(grep '^## ' $T/out)"
[ "$(grep -c '^## .* (target) — ' $T/out)" -eq 3 ] || fail "--filter target:yes kept an event"
run --timeline --filter 'date:1800' --export markdown
status 0 "--timeline --filter (nothing) --export"
mdl -s $STYLE $T/out >/dev/null || fail "an empty timeline brief fails mdl"
has $T/out "(none)"

# --- escaping: the fixture's titles and text are Markdown syntax
C="-C $FIX/export --no-cache"
brief esc $C --topic visas
brief esctl $C --timeline
# URLs: an autolink when it can be one, text when not.
has $T/esc.md ", 2024-03-05, <https://example.org/bai?a=1&b=2>"
has $T/esc.md "— Một bài thường về thị thực, Báo Thường, 2024-01-02, not a url"
[ "$(jq -r '.passages[0].cite.url' $T/esc.json)" = "https://example.org/bai?a=1&b=2" ] ||
    fail "esc: JSON url"
# JSON holds the text as it is.
jq -r '.passages[0].text' $T/esc.json | grep -qF '# Thị thực điện tử sẽ được cấp từ tháng 5, theo <b>thông cáo</b> *mới*.' ||
    fail "esc: JSON text is not the article's"
has $T/esc.md "> \\# **Thị thực** điện tử"
has $T/esctl.md "> 1\\. Miễn thị thực"
# Rendered (by kramdown, mdl's own parser), the brief is the text: no
# markup of it takes effect, no HTML of it gets through.
if ruby -e 'require "kramdown"' 2>/dev/null; then
	for n in esc esctl; do
		ruby -e 'require "kramdown"; print Kramdown::Document.new(
		    File.read(ARGV[0])).to_html' $T/$n.md >$T/$n.html
		for tag in '<b>' '<i>' '<em>' '<code>' '<ol>' '<del>' '<a href="y"'; do
			hasnt $T/$n.html "$tag"
		done
		has $T/$n.html '# *Thị thực* _mới_ `x` [một](y) &lt;b&gt;đậm&lt;/b&gt; &amp; ~gạch~ | 1. cuối?, Báo &lt;Thử&gt; *nghiệm*, 2024-03-05, <a href="https://example.org/bai?a=1&amp;b=2">'
	done
	has $T/esc.html '># Thị thực *đặc biệt* — Visas [special] &lt;i&gt;</h1>'
	has $T/esc.html '<p>- Không phải danh sách; `không phải` mã &amp; không phải &lt;b&gt;HTML&lt;/b&gt;.</p>'
	has $T/esc.html '<li>_Khác_ (other)</li>'
	has $T/esc.html '<strong>Thị thực</strong> điện tử'
	has $T/esctl.html '>2024-05 (target) — * Cấp thị thực điện tử — E-visas &lt;soon&gt; C#</h2>'
	has $T/esctl.html '<p>1. Miễn thị thực cho công dân hai nước</p>'
	has $T/esctl.html 'Note: 1. Ghi chú *thử*'
else
	fail "ruby's kramdown (a part of ruby-mdl) is missing"
fi

# --- misuse: a message, status 2, nothing on stdout
refused() {
	want=$1; shift
	run "$@"
	status 2 "$*"
	[ -s $T/out ] && fail "$*: printed $(head -c 80 $T/out)"
	has $T/err "$want"
}
refused "hoso: --export goes with --topic, --timeline or --bookmarks" --export markdown
refused "hoso: --export goes with --topic, --timeline or --bookmarks" --list --export json
refused "hoso: --export goes with --topic, --timeline or --bookmarks" --search visa --export markdown
refused "hoso: unknown export format 'pdf' (markdown or json)" --topic visas --export pdf
refused "hoso: unknown export format 'Markdown' (markdown or json)" --timeline --export Markdown
refused "hoso: --export and --format exclude each other" --topic visas --export json --format json
refused "hoso: --export and --format exclude each other" --format tsv --timeline --export markdown
refused "hoso: no topic with id 'nothing'" --topic nothing --export markdown
refused "--export' requires an argument" --topic visas --export

done_
