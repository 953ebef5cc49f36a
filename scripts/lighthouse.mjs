#!/usr/bin/env node
/**
 * Lighthouse (mobile preset, simulated throttling) on the built app, offline: it serves dist/ with
 * `vite preview` on 127.0.0.1 and drives Debian's Chromium. Prints each route's four scores (median of
 * --runs runs, the machine being shared and noisy) and, with --budget, fails below the budgets.
 *   node scripts/lighthouse.mjs [--runs 3] [--budget] [/ /privacy …]
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 3;
const budget = args.includes('--budget');
const routes = args.filter((a, i) => a.startsWith('/') && i !== runsIndex + 1);
if (routes.length === 0) routes.push('/');

const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const PORT = Number(process.env.LH_PORT ?? 4175);
const base = `http://127.0.0.1:${PORT}`;
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start on ${base}`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

await waitForServer();
const dir = mkdtempSync(join(tmpdir(), 'lh-'));
let failed = false;
for (const route of routes) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const out = join(dir, `run-${run}.json`);
    execFileSync(
      './node_modules/.bin/lighthouse',
      [`${base}${route}`, '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=${chromeFlags}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    samples.push({ ...scores, lcp: report.audits['largest-contentful-paint'].numericValue, tbt: report.audits['total-blocking-time'].numericValue });
  }
  const m = (key) => median(samples.map((s) => s[key]));
  console.log(
    `lighthouse ${route.padEnd(28)} performance ${m('performance')}  accessibility ${m('accessibility')}  best-practices ${m('best-practices')}  seo ${m('seo')}  LCP ${Math.round(m('lcp'))} ms  TBT ${Math.round(m('tbt'))} ms  (median of ${runs}; performance runs: ${samples.map((s) => s.performance).join(', ')})`,
  );
  if (budget) {
    for (const [category, min] of Object.entries(BUDGETS)) {
      if (m(category) < min) {
        console.error(`lighthouse: ${route} ${category} ${m(category)} is below the budget of ${min}`);
        failed = true;
      }
    }
  }
}
rmSync(dir, { recursive: true, force: true });
stop();
process.exit(failed ? 1 : 0);
