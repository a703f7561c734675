#!/bin/sh
# Runs the libFuzzer targets one after the other (make fuzz): each for
# SECONDS, on its seed corpus tests/fuzz/corpus/NAME/ plus a working
# corpus BUILD/corpus/NAME/ that keeps what the fuzzer found between runs
# (the seeds are never written).  Crashes, leaks and timeouts land in
# BUILD/artifacts/NAME/.  Ends with the executions of each target and
# exits 1 when any target found something.
#   usage: sh tests/fuzz/run.sh BUILD SECONDS [NAME...]
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:?build directory}
SECONDS_EACH=${2:?seconds per target}
shift 2
if [ $# -eq 0 ]; then
	set --
	for f in tests/fuzz/fuzz_*.c; do
		n=${f#tests/fuzz/fuzz_}
		set -- "$@" "${n%.c}"
	done
fi
# The targets that read YAML get the YAML dictionary (an article's front
# matter is YAML too).
yaml_targets=" article topics theme config "
summary=""
found=0
for name in "$@"; do
	bin=$BUILD/tests/fuzz_$name
	seeds=tests/fuzz/corpus/$name
	work=$BUILD/corpus/$name
	art=$BUILD/artifacts/$name
	log=$BUILD/logs/$name.log
	if [ ! -x "$bin" ]; then
		echo "fuzz: $bin is not built" >&2
		found=1
		continue
	fi
	mkdir -p "$work" "$art" "$(dirname "$log")"
	dict=""
	case $yaml_targets in *" $name "*) dict=-dict=tests/fuzz/yaml.dict;; esac
	echo "== fuzz $name: ${SECONDS_EACH}s"
	# shellcheck disable=SC2086
	"$bin" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
	    -timeout=25 -rss_limit_mb=2048 -artifact_prefix="$art/" \
	    $dict "$work" "$seeds" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	crashes=$(ls "$art" | wc -l)
	if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then
		found=1
		grep -E '^(==[0-9]+==|SUMMARY|.*fuzz property failed)' "$log" | head -n 5
		verdict="FOUND ($crashes in $art, log $log)"
	else
		verdict=clean
	fi
	summary="$summary
$(printf '%-10s %12s executions  %s' "$name" "${execs:-?}" "$verdict")"
done
echo "== fuzz: executions per target$summary"
exit $found
