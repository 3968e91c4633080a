#!/usr/bin/env bash
# Every test of the project, in one go: `npm test`.
# Node's test runner runs last, so its summary closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "protocol: generated code is current"
npm run --silent check -w @latency-dash/protocol

step "typecheck"
npx tsc -p packages/protocol --noEmit
npx tsc -p packages/server --noEmit
npx tsc -p packages/web --noEmit
npx tsc -p packages/cli --noEmit
npx tsc -p packages/client --noEmit
# The client's browser build, without Node's types: a Node global (Buffer, process) there fails here.
npx tsc -p packages/client/tsconfig.browser.json
npx tsc -p tsconfig.tools.json

step "lint (ESLint) and format (Prettier)"
npx eslint --max-warnings 0 .
npx prettier --check --log-level warn .

if node -e 'process.exit(require("./packages/web/package.json").scripts?.test ? 0 : 1)'; then
  step "web: unit tests"
  npm test --silent -w @latency-dash/web
fi

if node -e 'process.exit(require("./packages/web/package.json").scripts?.build ? 0 : 1)'; then
  step "web: build for the browser tests"
  npm run --silent build -w @latency-dash/web
fi

step "server and browser tests (node --test)"
shopt -s nullglob
files=(packages/server/test/*.test.ts packages/client/test/*.test.ts packages/cli/test/*.test.ts e2e/*.test.ts)
# Two files at a time: most of a file's time is waiting on the processes it
# starts (servers, Chromium, redis-server, PostgreSQL), and every test holds
# up with both cores busy. TEST_CONCURRENCY=1 runs them one by one.
# A hung test file fails after five minutes instead of holding CI for its whole budget.
exec node --conditions=source --import tsx --test --test-concurrency="${TEST_CONCURRENCY:-2}" --test-timeout=300000 "${files[@]}"
