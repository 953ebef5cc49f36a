#!/usr/bin/env bash
# `npm test`: the one test command (README, and .ci/run). From a clean clone it installs what it needs
# (npm packages from the lockfile; Debian's Chromium when missing and allowed), then runs lint, type check,
# unit and component tests, the build (with prerendering and the service worker), the start-page size
# budget, the content checks, the browser tests, and the performance budgets (bytes and Lighthouse).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

source scripts/ensure-deps.sh

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Chromium from Debian's packages (apt-get install chromium)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Missing: Chromium at $CHROMIUM_PATH (the browser tests drive it; Playwright never downloads one)." >&2
    echo "Install it with 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
    exit 1
  fi
fi

mkdir -p reports

step "Lint (ESLint: typescript-eslint, jsx-a11y, react-hooks)"
./node_modules/.bin/eslint .

step "Type check (tsc: the app and tests; the service worker with the WebWorker library)"
./node_modules/.bin/tsc -p tsconfig.json
./node_modules/.bin/tsc -p src/sw/tsconfig.json

step "Unit and component tests (Vitest)"
NO_COLOR=1 ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json

step "Build (Vite; prerenders every page of every version and checks each for another country's numbers)"
./node_modules/.bin/vite build

step "Production server (nginx: addresses, headers, caching, compression)"
node scripts/check-deploy.mjs dist

step "Start-page size budget"
node scripts/size.mjs

step "Content checks: reading grade of each page (fails above 8), no seed-article claims in the built app"
node scripts/reading-grade.mjs
node scripts/forbidden-claims.mjs dist

step "Safety case: every hazard in docs/safety/hazard-log.md names existing tests that carry its id"
node scripts/hazard-log.mjs

step "Browser tests (Playwright + Debian Chromium + axe)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json ./node_modules/.bin/playwright test --reporter=line,json

step "Performance budgets: bytes per route, first 14 KB, Lighthouse medians (npm run bench)"
node scripts/bench.mjs --budget

step "First paint: the start page against a bare HTML page, through nginx (figures only: npm run first-paint)"
node scripts/first-paint.mjs --runs 3 / "/?clinic=Riverside%20Practice"

step "Summary"
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json
