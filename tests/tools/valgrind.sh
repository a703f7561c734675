#!/bin/sh
# make valgrind: every headless mode of hoso over the bundled dossier and
# the fixture corpora, maps, themes and config files, each run under
# valgrind's memcheck.  A run passes when valgrind reports no error and no
# definite or indirect leak (exit 99 is valgrind's); hoso's own status is
# not judged here (--check exits 1 on a fixture built to fail).  Prints
# one line per failing run and ends with "N runs, N failed".
#   usage: sh tests/tools/valgrind.sh [HOSO]
# HOSO defaults to build/std/hoso.  Minutes, not seconds: not part of
# make check.
set -u
cd "$(dirname "$0")/../.."
HOSO=${1:-build/std/hoso}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XDG_CACHE_HOME="$T/cache" XDG_STATE_HOME="$T/state" \
    XDG_CONFIG_HOME="$T/config" HOME="$T/home"
unset HOSO_CONTENT NO_COLOR
mkdir -p "$HOME"
runs=0
failed=0

vg() {
	runs=$((runs + 1))
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect \
	    --show-leak-kinds=definite,indirect \
	    --log-file="$T/vg.log" "$HOSO" "$@" >"$T/out" 2>"$T/err" </dev/null
	if [ $? -eq 99 ] || [ -s "$T/vg.log" ]; then
		failed=$((failed + 1))
		echo "FAIL: hoso $*"
		head -n 40 "$T/vg.log"
	fi
}

# The corpora: the bundled one and every fixture directory with a map.
corpora="content"
for m in tests/fixtures/*/topics.yaml tests/fixtures/*/*/topics.yaml \
    tests/fixtures/hostile/*/topics.yaml; do
	[ -f "$m" ] && corpora="$corpora $(dirname "$m")"
done

for c in $corpora; do
	id=$("$HOSO" -C "$c" --no-cache --list 2>/dev/null | head -n 1 | cut -f1)
	topic=$("$HOSO" -C "$c" --no-cache --topics 2>/dev/null | head -n 1 | cut -f1)
	# The first run of a corpus makes its index, the others read it.
	vg -C "$c" --list
	vg -C "$c" --no-cache --list --format json
	vg -C "$c" --topics
	vg -C "$c" --timeline
	vg -C "$c" --timeline --format json --filter 'target:no'
	vg -C "$c" --search visa
	vg -C "$c" --search 'thi thuc' --format json
	vg -C "$c" --list --filter 'visa OR "thị thực" from:2022 -source:x'
	vg -C "$c" --check
	vg -C "$c" --bookmarks
	vg -C "$c" --rebuild-index --check
	if [ -n "$id" ]; then
		vg -C "$c" -w 40 --show "$id"
		vg -C "$c" --show "$id" --format json
	fi
	vg -C "$c" --show no-such-article
	if [ -n "$topic" ]; then
		vg -C "$c" -w 60 --topic "$topic"
		vg -C "$c" --topic "$topic" --format json
		vg -C "$c" --topic "$topic" --export markdown
	fi
	vg -C "$c" --timeline --export json
	vg -C "$c" --bookmarks --export markdown
done

# FNV-1a 64 of a string, as hoso names the bookmark file of a corpus.
fnv() {
	h=-3750763034362895579
	for b in $(printf %s "$1" | od -An -v -tu1); do
		h=$(( (h ^ b) * 1099511628211 ))
	done
	printf '%016x\n' "$h"
}

# Bookmark files, good and bad lines, on the fixture corpus.
mkdir -p "$XDG_STATE_HOME/hoso"
bm=$XDG_STATE_HOME/hoso/bookmarks-$(fnv "$(cd tests/fixtures/corpus && pwd -P)")
for f in tests/fuzz/corpus/bookmarks/*; do
	cp "$f" "$bm"
	vg -C tests/fixtures/corpus --bookmarks
	vg -C tests/fixtures/corpus --bookmarks --format json
	vg -C tests/fixtures/corpus --bookmarks --export markdown
done
rm -f "$bm" "$bm".bad*

# Maps, themes and config files that are fixtures, on the bundled corpus.
for m in tests/fixtures/yaml/*.yaml tests/fuzz/corpus/topics/*; do
	vg -m "$m" --check
	vg -m "$m" --timeline
done
for f in tests/fixtures/theme/*.yaml themes/*.yaml; do
	vg --theme "$f" --dump-keys
done
for f in tests/fuzz/corpus/config/* config.yaml.sample; do
	vg --config "$f" --dump-keys
	vg --config "$f" --list
done
vg --dump-keys --format json
vg --no-config --lang vi --dump-keys
vg --help
vg --version
vg --no-such-option
vg -C /nonexistent --list

echo "$runs runs, $failed failed"
[ "$failed" -eq 0 ]
