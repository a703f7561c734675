#!/bin/sh
# --check --suggest (issue 11, map suggestions): after the check, the
# keyword candidates of every topic as YAML a person pastes into the map,
# read back by Ruby's YAML; never one of the topic's keywords; the exit
# status and the diagnostics are --check's; --format json is a JSON
# object a topic a line; --suggest alone is refused.
. tests/cli/lib.sh
command -v ruby >/dev/null || { echo "FAIL: ruby is not installed (make deps)"; exit 1; }
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make deps)"; exit 1; }

# check_yaml MAP: $T/out is a mapping of every topic id of MAP (in its
# order) to {keywords: [strings]}, none of them a keyword of the topic
# (case folded).
check_yaml() {
	ruby -ryaml -rdate -e '
		s = YAML.safe_load(File.read(ARGV[0]))
		m = YAML.safe_load(File.read(ARGV[1]), permitted_classes: [Date])
		ids = m["topics"].map { |t| t["id"] }
		abort "keys #{s.keys} are not the topics #{ids}" unless s.keys == ids
		m["topics"].each do |t|
			v = s[t["id"]]
			abort "#{t["id"]}: no keywords list" unless v.is_a?(Hash) && v["keywords"].is_a?(Array)
			kw = t["keywords"].map { |k| k.to_s.downcase }
			v["keywords"].each do |k|
				abort "#{t["id"]}: #{k.inspect} is not a string" unless k.is_a?(String) && !k.empty?
				abort "#{t["id"]}: offers its own keyword #{k}" if kw.include?(k.downcase)
			end
		end' "$T/out" "$1" || fail "--check --suggest YAML of $1"
}

# The bundled dossier: clean, the same diagnostics as --check.
run --check
status 0 "--check"
cp "$T/err" "$T/check-err"
run --check --suggest
status 0 "--check --suggest"
cmp -s "$T/err" "$T/check-err" || fail "--suggest changed what --check says"
check_yaml content/topics.yaml
has "$T/out" "# hoso --check --suggest: keyword candidates, hints only"
has "$T/out" "diplomacy:"
cp "$T/out" "$T/bundled.yaml"
run --check --suggest --format tsv
cmp -s "$T/out" "$T/bundled.yaml" || fail "--format tsv differs from the default"

# The fixture: a known candidate, and neither keyword.
run -C $FIX/suggest --check --suggest
status 0 "fixture --check --suggest"
check_yaml $FIX/suggest/topics.yaml
has "$T/out" '    - "nông dân"  # score'
has "$T/out" '    - "tàu container"  # score'
hasnt "$T/out" '"xuất khẩu gạo"'
hasnt "$T/out" '"giá lúa"'
hasnt "$T/out" '"cầu cảng"'
ruby -ryaml -rdate -e 'p YAML.safe_load(File.read(ARGV[0]))["rice"]["keywords"][0]' "$T/out" >"$T/first"
has "$T/first" '"nông dân"'

run -C $FIX/suggest --check --suggest --format json
status 0 "--format json"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "--format json: not one line a topic"
jq -r '.topic + " " + .keywords[0].keyword + " " + (.keywords[0].passages|tostring) + " " + (.keywords[0].elsewhere|tostring)' \
    "$T/out" >"$T/json" 2>"$T/jqerr" || { cat "$T/jqerr"; fail "--format json is not JSON lines"; }
has "$T/json" "rice nông dân 4 0"
has "$T/json" "port tàu container 4 0"

# Bad data: the status is --check's (1), the suggestions still printed.
mkdir -p "$T/bad"
cp -R $FIX/suggest/articles "$T/bad/"
sed 's/keywords: \[cảng biển, cầu cảng\]/keywords: [cảng biển, cầu cảng]\n    related: [nowhere]/' \
    $FIX/suggest/topics.yaml >"$T/bad/topics.yaml"
run -C "$T/bad" --check --suggest
status 1 "--check --suggest of a bad map"
has "$T/err" "related topic 'nowhere' does not exist"
has "$T/out" "port:"

# --suggest is --check's.
run --list --suggest
status 2 "--list --suggest"
has "$T/err" "hoso: --suggest goes with --check"
[ ! -s "$T/out" ] || fail "--list --suggest printed something"

done_
