#!/usr/bin/env bash
# `npm test`: the one test command (README, and .ci/run). From a clean clone it installs what it needs
# (npm packages from the lockfile; Debian's Chromium when missing and allowed), then runs lint and the type
# check (side by side; running Vitest and the build beside them too was slower on 2 cores, and timed
# component tests out), unit, property and component tests, the build (with prerendering and the service
# worker), the production server check, the content checks, the safety case, the browser tests (Chromium),
# the engine scenarios in Firefox ESR and WebKit, and the performance budgets. Each step's time goes to reports/steps.tsv; the summary prints them with the ten
# slowest browser tests and one closing line.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

mkdir -p reports
: > reports/steps.tsv
# Only this run's engine results count (the step may not run).
rm -rf reports/engines.json reports/engines
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
# Firefox ESR and WebKit, for the engine scenarios (tests/engines, playwright.engines.config.ts): Debian's
# packages, as Chromium (Playwright's own builds cannot be downloaded here). Missing and not installable:
# the engines step fails, saying what to install. ENGINES=skip leaves them out on purpose (a developer's
# machine without them): the run says so loudly and counts them as skipped; CI never sets it.
engines_missing=""
missing_engine_packages() {
  local missing=()
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
  [ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] || missing+=(webkit2gtk-driver)
  [ -x "${XVFB_PATH:-/usr/bin/Xvfb}" ] || missing+=(xvfb)
  # The WebKit exit site's certificate, made for each run.
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  echo "${missing[*]}"
}
if [ "${ENGINES:-}" != skip ]; then
  engines_missing=$(missing_engine_packages)
  if [ -n "$engines_missing" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Firefox ESR and WebKit from Debian's packages (apt-get install $engines_missing)"
    # shellcheck disable=SC2086 # one word per package
    install_engines() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq $engines_missing >/dev/null; }
    install_engines || { apt-get -o DPkg::Lock::Timeout=600 update -qq && install_engines; } || true
    engines_missing=$(missing_engine_packages)
  fi
  if [ -n "$engines_missing" ]; then
    echo "Missing: $engines_missing, Debian's packages for the engine scenarios in Firefox ESR and WebKit." >&2
    echo "Install them with 'sudo apt-get install $engines_missing' (the WebKit scenarios also need root, as CI has)," >&2
    echo "or run 'ENGINES=skip npm test' to leave those two engines out. Without either, the engines step fails." >&2
  fi
fi
# LHC-Forms, for the FHIR round trip (tests/e2e/lforms.spec.ts): the pinned npm tarball's prebuilt files,
# not an npm dependency (its Angular peers take 15 minutes to resolve here).
node scripts/ensure-lforms.mjs
printf '%s\t%s\n' "$((SECONDS - start))" "install (npm ci, Chromium, its headless shell, Firefox ESR, WebKit, LHC-Forms) when missing" >> reports/steps.tsv

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

# The same scenarios as tests/e2e/engine-scenarios.spec.ts in Chromium, in the two other engines, each
# started once (and once more with JavaScript off), the two side by side.
engines=0
export ENGINES_STATUS=ran
if [ "${ENGINES:-}" = skip ]; then
  step "Engines: SKIPPED (ENGINES=skip): the scenarios did NOT run in Firefox ESR or WebKit"
  ENGINES_STATUS=skipped
elif [ -n "$engines_missing" ]; then
  step "Engines: NOT RUN: missing $engines_missing (apt-get install $engines_missing)"
  ENGINES_STATUS="missing $engines_missing"
  engines=1
else
  step "Engines: Firefox ESR (WebDriver BiDi) and WebKit (WebDriver, under Xvfb): the check-in to the results, crisis support after question 9, quick exit, a Learn page without JavaScript"
  timed "engines: Firefox ESR and WebKit" env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/engines.json ./node_modules/.bin/playwright test -c playwright.engines.config.ts --reporter=list,json || engines=$?
fi

budgets=0
if [ "$browser" = 0 ]; then
  step "Performance budgets: every version's start page (bytes, first 14 KB), Lighthouse medians of 3 through nginx against a bare page (npm run bench --budget)"
  timed "performance budgets" node scripts/bench.mjs --budget || budgets=$?
fi

step "Summary ($((SECONDS - began)) s)"
summary=0
TEST_ELAPSED=$((SECONDS - began)) node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/steps.tsv reports/engines.json || summary=$?
[ "$budgets" = 0 ] || echo "performance budgets: FAILED (above)"
[ "$browser" = 0 ] && [ "$engines" = 0 ] && [ "$budgets" = 0 ] && exit "$summary"
exit 1
