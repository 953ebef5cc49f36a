#!/usr/bin/env node
/**
 * `npm run bench`: performance figures of the built app (dist/), printed; budgets checked with --budget.
 *   1. gzip bytes of the HTML, CSS and JS each main route loads on a first visit (a fresh browser, page
 *      resources only; the service worker's background precache is not counted), and whether the start
 *      page's heading, crisis line and start button are in the first 14 KB of its HTML. Budget: start page
 *      ≤ 100 KB in total.
 *   2. Lighthouse mobile scores (median of --runs, default 3) for the start page, a question, the results
 *      and a Learn page. Budgets: performance ≥ 95; accessibility, best practices, SEO 100.
 *   3. The median time over 20 answers from clicking Next to the next question's heading painted (printed
 *      only: timing on a shared machine is noise, not a test).
 * Options: --budget (exit 1 on a breach), --no-lighthouse, --no-timing, --runs N.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runLighthouse, LIGHTHOUSE_BUDGETS } from './lighthouse.mjs';

const args = process.argv.slice(2);
const budget = args.includes('--budget');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const PORT = Number(process.env.BENCH_PORT ?? 4176);
const base = `http://127.0.0.1:${PORT}`;
const START_BUDGET = 100 * 1024;
const CRITICAL = 14 * 1024;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// The routes (src/app/routes.ts), as the build writes them to dist/routes.json: every page of the default
// version is measured; every version's start page must meet the start-page budget; the routes marked
// `lighthouse` are run through Lighthouse.
const { versions, routes } = JSON.parse(readFileSync('dist/routes.json', 'utf8'));
const ROUTES = routes.map((route) => route.path);
const START_PAGES = versions.map((version) => `${version.base}/`);
const LIGHTHOUSE_ROUTES = routes.filter((route) => route.lighthouse).map((route) => route.path);
const failures = [];

const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
};
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. Bytes per route
const browser = await chromium.launch({ executablePath, args: chromeArgs });
console.log('bytes loaded on a first visit (gzip -9 of each response: HTML, CSS, JS)');
for (const route of [...new Set([...ROUTES, ...START_PAGES])]) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    try {
      bodies.push({ type, bytes: gzipSync(await response.body(), { level: 9 }).length });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(base + route, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const sum = (type) => bodies.filter((b) => b.type === type).reduce((s, b) => s + b.bytes, 0);
  const [html, css, js] = [sum('document'), sum('stylesheet'), sum('script')];
  const total = html + css + js;
  console.log(`  ${route.padEnd(26)} HTML ${String(html).padStart(6)} B  CSS ${String(css).padStart(6)} B  JS ${String(js).padStart(7)} B  total ${String(total).padStart(7)} B (${kb(total)}) in ${bodies.length} files`);
  if (START_PAGES.includes(route) && total > START_BUDGET) failures.push(`start page ${route} ${total} B > ${START_BUDGET} B`);
  await context.close();
}

// The critical HTML: what the first round trip brings, for every version's start page.
for (const route of START_PAGES) {
  const html = await (await fetch(base + route)).text();
  // Outside <noscript>: what a reader with JavaScript sees before any script runs.
  const visible = html.slice(0, CRITICAL).replace(/<noscript>[\s\S]*?(<\/noscript>|$)/g, '');
  const checks = {
    heading: /<h1[^>]*>[^<]+<\/h1>/.test(visible),
    // The build's page check makes sure the crisis bar's number is the version's own country's.
    'crisis line': /class="crisis-bar"[\s\S]*?href="tel:\d+"/.test(visible),
    'start button': /href="[^"]*\/check-in"[^>]*class="button button--start"|class="button button--start"[^>]*href="[^"]*\/check-in"/.test(visible),
  };
  console.log(`first 14 KB of ${route.padEnd(8)} HTML (${html.length} B in all): ${Object.entries(checks).map(([k, ok]) => `${k} ${ok ? 'yes' : 'NO'}`).join(', ')}`);
  for (const [k, ok] of Object.entries(checks)) if (!ok) failures.push(`${route}: ${k} not in the first 14 KB of the HTML`);
}

// 3. Answer to next question
if (!args.includes('--no-timing')) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(base + '/check-in');
  await page.locator('main h1').waitFor();
  const times = [];
  // Items 1–8 "Several days", item 9 "Not at all", question 10, no to the optional anxiety questions, then
  // substance use (heroin yes).
  const plan = [...Array(8).fill('1'), '0', '1', 'offer', 'intro', '4', 'skip', '2', '3', '1', '1', '1', '1', '1', '0', '0', '0', '1'];
  for (const step of plan) {
    if (step === 'offer') {
      await page.getByRole('button', { name: 'Skip these questions' }).click();
      await page.locator('main h1').filter({ hasText: 'substance use' }).waitFor();
      continue;
    }
    if (step === 'intro') {
      await page.getByRole('button', { name: 'Answer these questions' }).click();
      await page.locator('main h1').filter({ hasText: 'tobacco' }).waitFor();
      continue;
    }
    if (step !== 'skip') await page.locator(`input[type=radio][value="${step}"]`).first().check();
    // From the click to the frame that paints the new heading: a MutationObserver sees the new heading
    // as soon as React commits it; the next animation frame is the one that paints it.
    const elapsed = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const main = document.querySelector('main');
          const before = main?.querySelector('h1')?.textContent;
          const observer = new MutationObserver(() => {
            const now = main?.querySelector('h1')?.textContent;
            if (!now || now === before) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(main, { childList: true, subtree: true, characterData: true });
          const t0 = performance.now();
          main?.querySelector('button[type=submit]')?.click();
        }),
    );
    times.push(elapsed);
    if (times.length === 20) break;
  }
  console.log(`answer → next question painted: median ${median(times).toFixed(1)} ms over ${times.length} answers (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
}
await browser.close();

// 2. Lighthouse
if (!args.includes('--no-lighthouse')) {
  const results = await runLighthouse(base, LIGHTHOUSE_ROUTES, runs);
  for (const r of results) {
    console.log(`lighthouse ${r.route.padEnd(26)} performance ${r.performance}  accessibility ${r.accessibility}  best-practices ${r['best-practices']}  seo ${r.seo}  (median of ${runs}; performance runs ${r.samples.join(', ')})`);
    for (const [category, min] of Object.entries(LIGHTHOUSE_BUDGETS)) if (r[category] < min) failures.push(`lighthouse ${r.route} ${category} ${r[category]} < ${min}`);
  }
}
stop();
if (failures.length) {
  console.log(`budgets: ${budget ? 'FAILED' : 'not met (not enforced without --budget)'}:\n  ${failures.join('\n  ')}`);
  process.exit(budget ? 1 : 0);
}
console.log('budgets: all met');
