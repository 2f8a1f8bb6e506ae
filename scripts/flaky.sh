#!/usr/bin/env bash
# npm run test:flaky [-- RUNS]: the whole suite RUNS times in a row (default 5) with CI=true, while
# `npm run bench` runs over and over in the background to keep the machine busy. A suite that
# passes only on an idle machine is flaky; this is how to find out. Logs: test-results/flaky/.
# Needs what CI needs: Neo4j running (npm run neo4j:start) and Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
logs=test-results/flaky
mkdir -p "$logs"

# the load: benchmarks back to back, in their own process group so that all of it stops at the end
# (not the start-up benchmark: it packs this checkout, and its prepack empties dist/ while the
# package test packs the same checkout)
setsid bash -c 'while true; do npm run -s bench -- --mb 5 --no-start >/dev/null 2>&1; done' &
load=$!
trap 'kill -- -"$load" 2>/dev/null; wait "$load" 2>/dev/null' EXIT

failed=0
for i in $(seq 1 "$runs"); do
  start=$SECONDS
  if CI=true npm test >"$logs/run-$i.log" 2>&1; then status=pass; else status=FAIL; failed=$((failed + 1)); fi
  printf 'run %d/%d: %s in %d s (load average %s)\n' "$i" "$runs" "$status" "$((SECONDS - start))" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "$((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
