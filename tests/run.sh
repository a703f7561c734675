#!/bin/sh
# Runs every test and ends with one line: "N passed, N failed".
#   unit:   each cmocka case counts once (tests/unit/test_*.c)
#   cli:    each tests/cli/test_*.sh (acceptance checks of the headless modes)
#   golden: each tests/golden/cases/NAME.cmd, output compared with NAME.out
#   screen: each tests/screen/test_*.sh (tmux)
#   hostile: each case of tests/hostile/test_*.sh (the fault suite)
#   fuzz:   each fuzz target whose whole corpus (tests/fuzz/corpus/NAME/,
#           seeds and the crashes fixed) replays clean (tests/fuzz/replay.c)
#   lint:   the man page, the layer rules, the generated fold table
# HOSO_BUILD is the build directory (build/std or build/san).
# TESTS=unit|cli|golden|screen|hostile|fuzz|lint (space-separated) runs only those groups.
set -u
cd "$(dirname "$0")/.."
BUILD=${HOSO_BUILD:-build/std}
HOSO=$PWD/$BUILD/hoso
GROUPS_TO_RUN=${TESTS:-unit cli golden screen hostile fuzz lint}
export HOSO BUILD
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
unset HOSO_CONTENT NO_COLOR
passed=0
failed=0
failures=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Every index a test makes lands here, never in the user's cache; a test
# about the cache itself sets its own.
export XDG_CACHE_HOME="$tmp/cache"

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); failures="$failures
  $1"; echo "FAIL: $1"; }
want() { case " $GROUPS_TO_RUN " in *" $1 "*) return 0;; esac; return 1; }

if want unit; then
	echo "== unit tests"
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		case $t in *.d) continue;; esac
		name=$(basename "$t")
		"$t" >"$tmp/out" 2>&1
		rc=$?
		p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$tmp/out" | tail -n 1)
		f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$tmp/out" | tail -n 1)
		p=${p:-0}; f=${f:-0}
		passed=$((passed + p))
		if [ "$f" -gt 0 ] || [ "$rc" -ne 0 ] || [ "$p" -eq 0 ]; then
			cat "$tmp/out"
			[ "$f" -gt 0 ] || f=1
			failed=$((failed + f))
			failures="$failures
  $name ($f)"
		else
			echo "ok   $name: $p"
		fi
	done
fi

if want cli; then
	echo "== command-line tests"
	for s in tests/cli/test_*.sh; do
		[ -f "$s" ] || continue
		name=$(basename "$s" .sh)
		if sh "$s" >"$tmp/out" 2>&1; then
			pass
			echo "ok   $name"
		else
			cat "$tmp/out"
			fail "cli $name"
		fi
	done
fi

if want golden; then
	echo "== golden tests"
	for cmd in tests/golden/cases/*.cmd; do
		[ -f "$cmd" ] || continue
		name=$(basename "$cmd" .cmd)
		sh tests/golden/runone.sh "$cmd" >"$tmp/got" 2>&1
		if cmp -s "$tmp/got" "tests/golden/cases/$name.out"; then
			pass
		else
			diff -u "tests/golden/cases/$name.out" "$tmp/got" | head -n 40
			fail "golden $name"
		fi
	done
	echo "golden: done"
fi

if want screen; then
	echo "== screen tests"
	for s in tests/screen/test_*.sh; do
		[ -f "$s" ] || continue
		name=$(basename "$s" .sh)
		if sh "$s" >"$tmp/out" 2>&1; then
			pass
			echo "ok   $name"
		else
			cat "$tmp/out"
			fail "screen $name"
		fi
	done
fi

if want hostile; then
	echo "== fault suite"
	for s in tests/hostile/test_*.sh; do
		[ -f "$s" ] || continue
		name=$(basename "$s" .sh)
		sh "$s" >"$tmp/out" 2>&1
		rc=$?
		ok=$(grep -c '^case ok ' "$tmp/out")
		bad=$(grep -c '^case FAIL ' "$tmp/out")
		passed=$((passed + ok))
		if [ "$rc" -ne 0 ] || [ "$bad" -gt 0 ] || [ "$ok" -eq 0 ]; then
			cat "$tmp/out"
			[ "$bad" -gt 0 ] || bad=1
			failed=$((failed + bad))
			failures="$failures
  hostile $name ($bad)"
		else
			echo "ok   $name: $ok cases"
		fi
	done
fi

if want fuzz; then
	echo "== fuzz corpora"
	for src in tests/fuzz/fuzz_*.c; do
		[ -f "$src" ] || continue
		name=$(basename "$src" .c)
		t=$BUILD/tests/$name
		if [ ! -x "$t" ]; then
			fail "fuzz $name: $t is not built"
			continue
		fi
		if "$t" "tests/fuzz/corpus/${name#fuzz_}" >"$tmp/out" 2>&1; then
			pass
			echo "ok   $name: $(tail -n 1 "$tmp/out")"
		else
			tail -n 30 "$tmp/out"
			fail "fuzz $name"
		fi
	done
fi

if want lint; then
	echo "== man page lint"
	if [ -f man/hoso.1 ]; then
		if out=$(mandoc -T lint -W warning man/hoso.1 2>&1) && [ -z "$out" ]; then
			pass
		else
			echo "$out"
			fail "mandoc -T lint man/hoso.1"
		fi
		# groff is not a dependency; where it is installed, it must
		# be quiet too (man(1) renders with it on Debian).
		if command -v groff >/dev/null 2>&1; then
			# -Tutf8, as man(1) renders for a UTF-8 terminal, and
			# groff's default PostScript device, which has no
			# Vietnamese glyphs: the page gives each a fallback.
			out=$(groff -mandoc -Tutf8 -ww -z man/hoso.1 2>&1;
			    groff -mandoc -ww -z man/hoso.1 2>&1)
			if [ -z "$out" ]; then
				pass
			else
				echo "$out"
				fail "groff -ww man/hoso.1"
			fi
		fi
	else
		fail "man/hoso.1 is missing"
	fi
fi

if want lint; then
	echo "== layer rules"
	if out=$(sh tests/tools/layers.sh 2>&1); then
		pass
		echo "ok   layers"
	else
		echo "$out"
		fail "tests/tools/layers.sh"
	fi
	# The committed table is what its generator makes with the
	# libunistring we build against.
	if cc -std=c11 -O2 -o "$tmp/genfold" tests/tools/genfold.c \
	    -lunistring 2>"$tmp/out" && "$tmp/genfold" >"$tmp/fold.inc" 2>"$tmp/out" &&
	    cmp -s "$tmp/fold.inc" src/text/fold_table.inc; then
		pass
		echo "ok   fold_table.inc is up to date"
	else
		cat "$tmp/out"
		fail "src/text/fold_table.inc differs from tests/tools/genfold.c's output (make fold-table)"
	fi
fi

if [ "$failed" -gt 0 ]; then
	echo "failed:$failures"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
