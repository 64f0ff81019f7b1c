#!/usr/bin/env bash
# Newcomer's first command: install dependencies and build both browsers' extensions.
#   bash scripts/setup.sh      -> dist/chrome and dist/firefox (load them unpacked)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: Node.js 20.19+ and npm are needed (https://nodejs.org)." >&2
  exit 1
fi
npm ci --no-audit --no-fund
npm run build
echo
echo "Built: dist/chrome (Chrome: chrome://extensions > Developer mode > Load unpacked)"
echo "       dist/firefox (Firefox: about:debugging > This Firefox > Load Temporary Add-on > dist/firefox/manifest.json)"
