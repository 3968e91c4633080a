#!/usr/bin/env bash
# Runs `npm test` N times (default 5) while every core is kept busy by a
# busy-loop process, to show that the tests do not depend on a quiet machine.
# Prints pass/fail, duration and load average per run; each run's output is
# kept in test-results/load-run-K.log. Exits non-zero if any run failed.
#   bash scripts/test-under-load.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
cores=$(nproc)
logs=test-results
mkdir -p "$logs"

hogs=()
stop_hogs() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${hogs[@]}"; do wait "$pid" 2>/dev/null; done
  hogs=()
}
# Whatever happens (a failure, Ctrl-C, a kill), the load goes away with this script.
trap stop_hogs EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in $(seq "$cores"); do
  node -e 'for (;;) {}' &
  hogs+=("$!")
done
echo "load: ${#hogs[@]} busy-loop processes (pids ${hogs[*]}) on $cores cores"

passed=0
for k in $(seq "$runs"); do
  log="$logs/load-run-$k.log"
  start=$(date +%s)
  if npm test >"$log" 2>&1; then result=pass; passed=$((passed + 1)); else result=FAIL; fi
  secs=$(($(date +%s) - start))
  summary=$(grep -E '^# (pass|fail) ' "$log" | tr '\n' ' ')
  printf 'run %d/%d: %s in %d s; load average %s; %s(log: %s)\n' "$k" "$runs" "$result" "$secs" "$(cut -d' ' -f1-3 /proc/loadavg)" "$summary" "$log"
  if [ "$result" = FAIL ]; then grep -E '^\s*not ok' "$log" | head -20; fi
done
echo "$passed of $runs runs passed under load"
[ "$passed" -eq "$runs" ]
