#!/bin/sh
# Regenerates every golden .out from the current build.  Read the diff
# before committing: a golden file is a claim about what users see.
set -u
cd "$(dirname "$0")/../.."
HOSO=$PWD/${HOSO_BUILD:-build/std}/hoso
export HOSO
for cmd in tests/golden/cases/*.cmd; do
	name=$(basename "$cmd" .cmd)
	sh tests/golden/runone.sh "$cmd" >"tests/golden/cases/$name.out" 2>&1
done
git --no-pager diff --stat -- tests/golden 2>/dev/null || true
