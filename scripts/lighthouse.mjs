#!/usr/bin/env node
/**
 * Lighthouse (mobile preset, simulated throttling) against a running server, offline: Debian's Chromium,
 * no network beyond 127.0.0.1. One Chromium serves every run (Lighthouse opens a fresh tab each time and
 * clears the origin's storage and cache first), and the full-page screenshot is skipped: about 7 s a run
 * here instead of 16.
 *
 * `runLighthouse(base, routes, runs)` returns each route's median performance score, LCP, FCP and TBT over
 * `runs` runs (a number, or `(route, earlierResults) => number`), and the accessibility, best-practices and SEO scores of its first run (those audits do not
 * depend on timing). Run directly (`node scripts/lighthouse.mjs [--runs 3] [/route …]`), it serves dist/
 * itself and prints them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { freePort, startServer } from './lib/server.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const SETTINGS = { output: 'json', logLevel: 'error', disableFullPageScreenshot: true, skipAudits: ['screenshot-thumbnails', 'final-screenshot'] };

async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const chrome = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    // Wait for Chromium to exit before deleting its profile (it writes to it until the end); a profile that
    // still cannot be removed is left in the temp folder with a warning, never a failed bench.
    close: async () => {
      const exited = chrome.exitCode !== null ? Promise.resolve() : new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (error) {
        console.error(`lighthouse: could not remove ${profile} (${error.code}); left for the system to clear`);
      }
    },
  };
}

/** One Lighthouse run: its category scores and its LCP, FCP and TBT in milliseconds. */
async function once(url, port, categories) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { lhr } = await lighthouse(url, { ...SETTINGS, port, onlyCategories: categories });
      if (lhr.runtimeError) throw new Error(lhr.runtimeError.code);
      return {
        ...Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      };
    } catch (error) {
      // Lighthouse now and then fails to record a trace (NO_NAVSTART): one more try, then give up.
      if (attempt === 2) throw error;
      console.error(`lighthouse: ${url} failed (${error.message}); trying once more`);
    }
  }
}

export async function runLighthouse(base, routes, runs = 3, { categories = ['performance', 'accessibility', 'best-practices', 'seo'] } = {}) {
  const chrome = await startChromium();
  try {
    // One run first, thrown away: the first after Chromium starts is the slowest (its caches are cold).
    if (routes.length > 0) await once(`${base}${routes[0]}`, chrome.port, ['performance']);
    const results = [];
    for (const route of routes) {
      const samples = [];
      // `runs` may depend on the routes measured before (the bench measures a page once where its
      // performance score would not be asserted). The first run with every category; the others, performance only.
      const count = typeof runs === 'function' ? runs(route, results) : runs;
      for (let run = 0; run < count; run++) samples.push(await once(`${base}${route}`, chrome.port, run === 0 ? categories : ['performance']));
      const m = (key) => median(samples.map((s) => s[key]));
      const [first] = samples;
      results.push({
        route,
        performance: m('performance'),
        accessibility: first.accessibility,
        'best-practices': first['best-practices'],
        seo: first.seo,
        lcp: m('lcp'),
        fcp: m('fcp'),
        tbt: m('tbt'),
        samples: samples.map((s) => s.performance),
        tbts: samples.map((s) => s.tbt),
      });
    }
    return results;
  } finally {
    await chrome.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const routes = args.filter((a, i) => a.startsWith('/') && i !== runsAt + 1);
  const server = await startServer({ kind: 'preview' });
  try {
    for (const r of await runLighthouse(server.base, routes.length ? routes : ['/'], runs)) {
      console.log(`lighthouse ${r.route.padEnd(26)} performance ${r.performance}  accessibility ${r.accessibility}  best-practices ${r['best-practices']}  seo ${r.seo}  LCP ${(r.lcp / 1000).toFixed(2)} s  TBT ${Math.round(r.tbt)} ms  (median of ${runs}; performance runs ${r.samples.join(', ')})`);
    }
  } finally {
    await server.stop();
  }
}
