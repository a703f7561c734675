#!/bin/sh
# Start-up that tells the truth (issue 10): a -C (or HOSO_CONTENT) that
# names no directory, a file, or a directory without articles/ is one
# line on stderr, nothing on stdout, exit 2, in every mode and before the
# reader would ask for a terminal; the name is printed without its
# control bytes.  An empty corpus opens: --check warns "no articles" and
# exits 0 (warnings alone do), --list prints nothing.
. tests/cli/lib.sh
export XDG_CONFIG_HOME=$T/noconfig

# bad_dir DESCRIPTION WHY [hoso arguments]: one line naming it, exit 2.
bad_dir() {
	what=$1 why=$2
	shift 2
	run "$@"
	status 2 "$what: $*"
	[ ! -s "$T/out" ] || fail "$what: stdout not empty: $(head -c 200 "$T/out")"
	[ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "$what: not one line on stderr"; }
	has "$T/err" "$why"
}

mkdir -p "$T/plain" "$T/empty/articles"
: >"$T/file"
printf 'title: Empty\ntopics:\n  - id: a\n    title: A\n    keywords: [visa]\n' \
    >"$T/empty/topics.yaml"

for mode in --check --list --topics "--show alpha" ""; do
	# shellcheck disable=SC2086
	bad_dir missing "hoso: -C $T/none: no such directory" -C "$T/none" $mode
	# shellcheck disable=SC2086
	bad_dir file "hoso: -C $T/file: not a directory" -C "$T/file" $mode
	# shellcheck disable=SC2086
	bad_dir "no articles/" "hoso: -C $T/plain: not a corpus (it has no articles/ directory)" \
	    -C "$T/plain" $mode
done
# A path under a file, and one through a file named articles.
bad_dir "under a file" "hoso: -C $T/file/x: no such directory" -C "$T/file/x" --list
mkdir -p "$T/fake"
: >"$T/fake/articles"
bad_dir "articles is a file" "not a corpus" -C "$T/fake" --list
# The reader says it before it looks for a terminal (none here).
bad_dir "reader" "hoso: -C $T/none: no such directory" -C "$T/none"
hasnt "$T/err" "terminal"
# HOSO_CONTENT is checked the same way, and named.
HOSO_CONTENT=$T/none run --list
status 2
has "$T/err" "hoso: HOSO_CONTENT=$T/none: no such directory"
[ ! -s "$T/out" ] || fail "HOSO_CONTENT: stdout not empty"
# -C wins over HOSO_CONTENT.
HOSO_CONTENT=$T/none run -C "$FIX/corpus" --list
status 0

# Control bytes in the name are made visible, never sent.
esc=$(printf '\033')
bad_dir "escape in the name" "hoso: -C $T/a^[[31mb: no such directory" \
    -C "$T/a${esc}[31mb" --list
if grep -q "$esc" "$T/err"; then fail "ESC reached stderr"; fi

# The empty corpus: a warning, status 0, nothing on stdout.
run -C "$T/empty" --check
status 0 "empty --check"
has "$T/err" "$T/empty/articles: warning: no articles"
[ ! -s "$T/out" ] || fail "empty --check: stdout not empty"
# Said once, and not drowned in one "no keyword matches" per topic.
[ "$(grep -c "no articles" "$T/err")" -eq 1 ] || fail "no articles said more than once"
hasnt "$T/err" "no keyword matches"
hasnt "$T/err" "error:"
run -C "$T/empty" --list
status 0 "empty --list"
[ ! -s "$T/out" ] || fail "empty --list printed rows"
# An articles/ with only files that are not articles is empty too.
: >"$T/empty/articles/README"
run -C "$T/empty" --check
status 0
has "$T/err" "no articles"
# A corpus with articles says nothing of the kind.
run -C "$FIX/corpus" --check
status 0
hasnt "$T/err" "no articles"
done_
