#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find. Always ends with the line
# "N passed, N failed" (scripts/summary.mjs), which CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/*.json reports/checks.txt

check() { # check <name> <command...>: a named pass/fail step counted in the summary
  local name=$1; shift
  if "$@"; then echo "$name pass" >> reports/checks.txt; else echo "$name fail" >> reports/checks.txt; fi
}

# Browser tests use Debian's Chromium, never a downloaded one. Install it when missing and we can.
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Browser tests need Chromium: sudo apt-get install chromium (or set CHROMIUM_PATH)." >&2
  fi
fi

check typecheck npx tsc --noEmit
check data-check npm run --silent data:check
check build npm run --silent build
grep -q '^build pass' reports/checks.txt && check size-budgets node scripts/check-budgets.mjs
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
if grep -q '^build pass' reports/checks.txt; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
fi
node scripts/summary.mjs
