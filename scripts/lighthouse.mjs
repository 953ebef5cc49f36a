#!/usr/bin/env node
/**
 * Lighthouse (mobile preset, simulated throttling) against a running server, offline: Debian's Chromium,
 * no network beyond 127.0.0.1. `runLighthouse(base, routes, runs)` returns each route's median scores;
 * run directly (`node scripts/lighthouse.mjs [--runs 3] [/route …]`) it serves dist/ itself and prints them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each route's median category scores, and its median LCP and FCP in milliseconds (Lighthouse's simulated mobile). */
export async function runLighthouse(base, routes, runs = 3, { categories } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const results = [];
  for (const route of routes) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const out = join(dir, `run-${run}.json`);
      const only = categories ? [`--only-categories=${categories.join(',')}`] : [];
      const lighthouse = () =>
        execFileSync('./node_modules/.bin/lighthouse', [`${base}${route}`, '--output=json', `--output-path=${out}`, '--quiet', ...only, `--chrome-flags=${chromeFlags}`], {
          env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      try {
        lighthouse();
      } catch {
        // Lighthouse now and then fails to record a trace (NO_NAVSTART): one more try, then give up.
        console.error(`lighthouse: ${route}, run ${run + 1} failed; trying once more`);
        lighthouse();
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      samples.push({
        ...Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
        lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
        fcp: report.audits['first-contentful-paint']?.numericValue ?? NaN,
      });
    }
    const m = (key) => median(samples.map((s) => s[key]));
    results.push({
      route,
      performance: m('performance'),
      accessibility: m('accessibility'),
      'best-practices': m('best-practices'),
      seo: m('seo'),
      lcp: m('lcp'),
      fcp: m('fcp'),
      samples: samples.map((s) => s.performance),
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const routes = args.filter((a, i) => a.startsWith('/') && i !== runsAt + 1);
  const PORT = Number(process.env.LH_PORT ?? 4175);
  const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const r of await runLighthouse(base, routes.length ? routes : ['/'], runs)) {
    console.log(`lighthouse ${r.route.padEnd(26)} performance ${r.performance}  accessibility ${r.accessibility}  best-practices ${r['best-practices']}  seo ${r.seo}  (median of ${runs}; performance runs ${r.samples.join(', ')})`);
  }
  process.kill(-server.pid, 'SIGTERM');
}
