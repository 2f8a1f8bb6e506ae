#!/usr/bin/env bash
# bash scripts/suite-vs-old.sh OLD_CHECKOUT [RUNS]: this checkout's `npm test` against an older
# checkout's, side by side on the same machine: RUNS rounds (default 3), each running the old suite
# then this one (CI=true, so Neo4j and Chromium must be there and nothing skips), and then the
# median wall time of each and their ratio. One suite at a time, so they never share the CPU with
# each other; whatever else runs on the machine weighs on both alike. With LOAD=1, `npm run bench`
# runs over and over in the background as well (as in scripts/flaky.sh).
#
# Neo4j: this checkout's tests use NEO4J_PORT / NEO4J_URI as usual; the old checkout's use
# OLD_NEO4J_URI (default: the same server; the two runs never overlap, and each suite wipes what
# it needs). The old checkout needs its own `npm ci`. Logs: test-results/suite-vs-old/.
set -uo pipefail
cd "$(dirname "$0")/.."
old="${1:?usage: scripts/suite-vs-old.sh OLD_CHECKOUT [RUNS]}"
old="$(cd "$old" && pwd)"
runs="${2:-3}"
logs="$PWD/test-results/suite-vs-old"
mkdir -p "$logs"

new_uri="${NEO4J_URI:-bolt://127.0.0.1:${NEO4J_PORT:-7687}}"
old_uri="${OLD_NEO4J_URI:-$new_uri}"

if [ "${LOAD:-0}" = 1 ]; then
  setsid bash -c 'while true; do npm run -s bench -- --mb 5 >/dev/null 2>&1; done' &
  load=$!
  trap 'kill -- -"$load" 2>/dev/null; wait "$load" 2>/dev/null' EXIT
fi

# one suite: prints its wall time in seconds; the status says whether it passed
suite() {
  local name=$1 dir=$2 uri=$3 log=$4 start=$SECONDS status
  (cd "$dir" && CI=true NEO4J_URI="$uri" npm test >"$log" 2>&1)
  status=$?
  printf '%s %d %s\n' "$name" "$((SECONDS - start))" "$([ $status -eq 0 ] && echo pass || echo FAIL)"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

olds=()
news=()
failed=0
for i in $(seq 1 "$runs"); do
  for which in old new; do
    if [ "$which" = old ]; then dir=$old uri=$old_uri; else dir=$PWD uri=$new_uri; fi
    read -r name secs status < <(suite "$which" "$dir" "$uri" "$logs/$which-$i.log")
    [ "$status" = pass ] || failed=$((failed + 1))
    if [ "$which" = old ]; then olds+=("$secs"); else news+=("$secs"); fi
    printf 'round %d/%d: %s suite %s in %d s (load average %s)\n' "$i" "$runs" "$name" "$status" "$secs" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done

old_median=$(printf '%s\n' "${olds[@]}" | median)
new_median=$(printf '%s\n' "${news[@]}" | median)
echo "old ($old): ${olds[*]} s, median $old_median s"
echo "new ($PWD): ${news[*]} s, median $new_median s"
awk -v o="$old_median" -v n="$new_median" 'BEGIN { printf "new / old = %.2f (%.1f times as fast)\n", n / o, o / n }'
[ "$failed" -eq 0 ] || echo "$failed suite run(s) failed: see $logs"
[ "$failed" -eq 0 ]
