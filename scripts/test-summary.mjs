#!/usr/bin/env node
/**
 * The closing lines of the whole test run, from Vitest's and Playwright's JSON reports: the ten slowest
 * browser tests (each with its project and budget), the engine scenarios in Firefox ESR and WebKit (each
 * scenario in each engine, from the engines' own Playwright report), the time each step of `npm test` took
 * (from reports/steps.tsv, written by scripts/test.sh), and one line `N passed, N failed`.
 * ENGINES_STATUS (from test.sh) says when the engines did not run: `skipped` (ENGINES=skip, counted as one
 * skipped) or `missing <packages>` (counted as one failed).
 */
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, stepsPath = 'reports/steps.tsv', enginesPath = 'reports/engines.json'] = process.argv.slice(2);
const read = (path, empty) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : empty);
// A run that stopped before a step has no report of it: counted as nothing run.
const vitest = read(vitestPath, { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 });
const playwright = read(playwrightPath, { suites: [], stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, duration: 0 } });

/** Every browser test result: its duration, project, place and title. */
function results(suite, file, out = []) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      for (const result of test.results) {
        out.push({ ms: result.duration, project: test.projectName, at: `${spec.file ?? file}:${spec.line}`, title: spec.title, status: result.status, timeout: test.timeout });
      }
    }
  }
  for (const child of suite.suites ?? []) results(child, suite.file ?? file, out);
  return out;
}
const browserResults = playwright.suites.flatMap((suite) => results(suite, suite.file));
const enginesReport = read(enginesPath, undefined);
const engineResults = enginesReport ? enginesReport.suites.flatMap((suite) => results(suite, suite.file)) : [];
const slowest = [...browserResults].sort((a, b) => b.ms - a.ms).slice(0, 10);
console.log('slowest browser tests (duration, project, test; its budget):');
for (const r of slowest) {
  const title = r.title.length > 90 ? `${r.title.slice(0, 89)}…` : r.title;
  console.log(`  ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${r.project.padEnd(12)} ${r.at}  ${title}${r.timeout ? `  (budget ${r.timeout / 1000} s)` : ''}${r.status === 'passed' ? '' : `  [${r.status}]`}`);
}

const enginesStatus = process.env.ENGINES_STATUS ?? 'ran';
const engines = { passed: 0, failed: 0, skipped: 0 };
if (enginesStatus === 'skipped') {
  console.log('engines: SKIPPED (ENGINES=skip): the scenarios did NOT run in Firefox ESR or WebKit');
  engines.skipped = 1;
} else if (enginesStatus.startsWith('missing')) {
  console.log(`engines: NOT RUN: ${enginesStatus} (Debian's packages)`);
  engines.failed = 1;
} else if (enginesReport) {
  console.log('engine scenarios (each in Firefox ESR and WebKit; Chromium runs them with the browser tests):');
  for (const r of engineResults) console.log(`  ${r.status.padEnd(8)} ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${r.project.padEnd(12)} ${r.title}`);
  const e = enginesReport.stats;
  engines.passed = e.expected;
  // A run that stopped before its tests (a browser that would not start) reports errors, not failures.
  engines.failed = e.unexpected + e.flaky + (enginesReport.errors?.length ?? 0);
  engines.skipped = e.skipped;
} else if (process.env.ENGINES_STATUS === 'ran') {
  console.log(`engines: FAILED: no report (${enginesPath}) from the engines step`);
  engines.failed = 1;
}

if (existsSync(stepsPath)) {
  const steps = readFileSync(stepsPath, 'utf8').trim().split('\n').map((line) => line.split('\t'));
  // The whole is the wall clock test.sh passes in (TEST_ELAPSED), else the sum of the steps.
  const total = process.env.TEST_ELAPSED ?? steps.reduce((sum, [seconds]) => sum + Number(seconds), 0);
  console.log('time per step:');
  for (const [seconds, name] of steps) console.log(`  ${String(seconds).padStart(4)} s  ${name}`);
  console.log(`  ${String(total).padStart(4)} s  in all, before this summary`);
}

const unit = { passed: vitest.numPassedTests, failed: vitest.numFailedTests, skipped: vitest.numPendingTests + vitest.numTodoTests };
const s = playwright.stats;
const browser = { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
console.log(`unit+component: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`browser: ${browser.passed} passed, ${browser.failed} failed (${(s.duration / 1000).toFixed(0)} s)`);
if (enginesReport && enginesStatus === 'ran') console.log(`engines: ${engines.passed} passed, ${engines.failed} failed (${(enginesReport.stats.duration / 1000).toFixed(0)} s)`);
const passed = unit.passed + browser.passed + engines.passed;
const failed = unit.failed + browser.failed + engines.failed;
const skipped = unit.skipped + browser.skipped + engines.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
