#!/usr/bin/env bash
# Every test, as CI runs it (.ci/run calls this):
#   type-check, lint, unit tests, build, web-ext lint, end-to-end tests in real Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
bash scripts/install-browsers.sh

step "type-check";        npm run --silent typecheck
step "lint";              npm run --silent lint
step "unit tests";        npx vitest run tests/unit
step "regression tests";  npx vitest run tests/regression
step "build";             npm run --silent build
step "build (test)";      npm run --silent build:test
step "web-ext lint";      npx tsx scripts/lint-firefox.ts dist/firefox
step "end-to-end tests";  npm run --silent test:e2e
