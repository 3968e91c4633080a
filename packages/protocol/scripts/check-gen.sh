#!/usr/bin/env bash
# Fails when gen/ does not match proto/latency.proto, or src/metric-code.gen.ts
# the metric table: regenerate into a scratch folder and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npx pbjs -t static-module -w es6 --es6 -o "$tmp/latency.js" proto/latency.proto
npx pbts -o "$tmp/latency.d.ts" "$tmp/latency.js"
for f in latency.js latency.d.ts; do
  if ! cmp -s "$tmp/$f" "gen/$f"; then
    echo "packages/protocol/gen/$f is stale: run 'npm run gen' and commit the result." >&2
    exit 1
  fi
done
node --import tsx scripts/gen-metric-code.ts "$tmp/metric-code.gen.ts"
if ! cmp -s "$tmp/metric-code.gen.ts" src/metric-code.gen.ts; then
  echo "packages/protocol/src/metric-code.gen.ts is stale: run 'npm run gen -w @latency-dash/protocol' and commit the result." >&2
  exit 1
fi
echo "protocol: generated code matches proto/latency.proto and the metric table"
