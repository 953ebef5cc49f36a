#!/usr/bin/env bash
# `npm test`: the one test command (README, and .ci/run). From a clean clone it installs what it needs
# (npm packages from the lockfile; Debian's Chromium when missing and allowed), then runs lint and the type
# check (side by side; running Vitest and the build beside them too was slower on 2 cores, and timed
# component tests out), unit, property and component tests, the build (with prerendering and the service
# worker), the production server check, the content checks, the safety case, the browser tests and the
# performance budgets. Each step's time goes to reports/steps.tsv; the summary prints them with the ten
# slowest browser tests and one closing line.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

mkdir -p reports
: > reports/steps.tsv
began=$SECONDS
timed() {
  # timed "name" command…: runs it, and records how long it took.
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" || rc=$?
  printf '%s\t%s\n' "$((SECONDS - start))" "$name" >> reports/steps.tsv
  return "$rc"
}

start=$SECONDS
source scripts/ensure-deps.sh

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Chromium from Debian's packages (apt-get install chromium)"
    # -o DPkg::Lock::Timeout: wait for another install (a second copy of the suite) rather than fail.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
  else
    echo "Missing: Chromium at $CHROMIUM_PATH (the browser tests drive it; Playwright never downloads one)." >&2
    echo "Install it with 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
    exit 1
  fi
fi
# Chromium's headless shell runs the browser tests that do not read the profile (playwright.config.ts).
export CHROMIUM_SHELL_PATH="${CHROMIUM_SHELL_PATH:-/usr/bin/chromium-headless-shell}"
if [ ! -x "$CHROMIUM_SHELL_PATH" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Chromium's headless shell from Debian's packages (apt-get install chromium-headless-shell)"
    # The package lists may be stale: update them once if the first try fails. A failure here is not fatal.
    install_shell() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium-headless-shell >/dev/null 2>&1; }
    install_shell || { apt-get -o DPkg::Lock::Timeout=600 update -qq && install_shell; } || true
  fi
  if [ ! -x "$CHROMIUM_SHELL_PATH" ]; then
    echo "Missing: Chromium's headless shell at $CHROMIUM_SHELL_PATH ('sudo apt-get install chromium-headless-shell')." >&2
    echo "The browser tests run in Chromium instead: the same tests, about 3 minutes slower." >&2
  fi
fi
# LHC-Forms, for the FHIR round trip (tests/e2e/lforms.spec.ts): the pinned npm tarball's prebuilt files,
# not an npm dependency (its Angular peers take 15 minutes to resolve here).
node scripts/ensure-lforms.mjs
printf '%s\t%s\n' "$((SECONDS - start))" "install (npm ci, Chromium, its headless shell, LHC-Forms) when missing" >> reports/steps.tsv

# Property tests run with a fixed seed: a new one per commit (from its hash), printed, replayed with
# FC_SEED=<seed> npm run unit. `npm run test:random` runs them with a fresh random seed.
if [ -z "${FC_SEED:-}" ]; then
  commit=$(git rev-parse --short=7 HEAD 2>/dev/null || echo 0)
  FC_SEED=$((16#${commit:-0} % 2147483647))
fi
export FC_SEED

step "Lint (ESLint: typescript-eslint, jsx-a11y, react-hooks, the layers) and type check (tsc), side by side"
lint_and_types() {
  ./node_modules/.bin/eslint . > reports/lint.log 2>&1 &
  local lint=$!
  local types=0
  ./node_modules/.bin/tsc -p tsconfig.json && ./node_modules/.bin/tsc -p src/sw/tsconfig.json || types=$?
  local linted=0
  wait "$lint" || linted=$?
  cat reports/lint.log
  [ "$linted" = 0 ] || { echo "lint failed" >&2; return 1; }
  [ "$types" = 0 ] || { echo "type check failed" >&2; return 1; }
  echo "lint and type check: no problems"
}
timed "lint and type check" lint_and_types

step "Unit, property and component tests (Vitest; property seed FC_SEED=$FC_SEED)"
timed "unit, property and component tests" env NO_COLOR=1 ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json

step "Build (Vite; prerenders every page of every version and checks each for another country's numbers)"
timed "build" ./node_modules/.bin/vite build

step "Production server (nginx: addresses, headers, caching, compression)"
timed "production server check" node scripts/check-deploy.mjs dist

step "Content checks: how easy each page is to read in its language (English grade 8 or below, French Kandel-Moles 60 or above, Spanish INFLESZ 55 or above), no seed-article claims in the built app; the safety case; the help numbers' check dates"
content_checks() {
  # `timed` runs this as `content_checks || rc=$?`, where bash ignores `set -e`: each check returns its own
  # failure, or only the last command's status would count.
  node scripts/reading-grade.mjs || return
  node scripts/forbidden-claims.mjs dist || return
  # Every hazard in docs/safety/hazard-log.md names existing tests that carry its id.
  node scripts/hazard-log.mjs || return
  # Every help number with the date its service was last checked; warns from 180 days, never blocks here
  # (a release runs `npm run numbers`, which fails past 365 days).
  node scripts/numbers.mjs --warn
}
timed "content checks and the safety case" content_checks

step "Browser tests (Playwright + Debian Chromium + axe)"
browser=0
timed "browser tests" env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json ./node_modules/.bin/playwright test --reporter=line,json || browser=$?

budgets=0
if [ "$browser" = 0 ]; then
  step "Performance budgets: every version's start page (bytes, first 14 KB), Lighthouse medians of 3 through nginx against a bare page (npm run bench --budget)"
  timed "performance budgets" node scripts/bench.mjs --budget || budgets=$?
fi

step "Summary ($((SECONDS - began)) s)"
summary=0
TEST_ELAPSED=$((SECONDS - began)) node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/steps.tsv || summary=$?
[ "$budgets" = 0 ] || echo "performance budgets: FAILED (above)"
[ "$browser" = 0 ] && [ "$budgets" = 0 ] && exit "$summary"
exit 1
