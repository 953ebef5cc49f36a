#!/usr/bin/env node
/**
 * `npm run bench`: performance figures of the built app (dist/), printed; with --budget (as `npm test`
 * runs it), only what has a budget, and a breach exits 1. Budgets are ratios or scores measured in this
 * one run, never wall-clock times.
 *   1. Bytes: gzip -9 of the HTML, CSS and JS a first visit loads (a fresh browser, page resources only;
 *      the service worker's background precache is not counted), for every version's start page (budget
 *      100 KB each) and, without --budget, for every page of the default version.
 *   2. The first 14 KB (the first round trip) of every version's start page: its heading, crisis line and
 *      start button must be there.
 *   3. Lighthouse (mobile, simulated throttling), through the production nginx, median of --runs (3): a bare
 *      HTML page (the start page's own HTML with every script and stylesheet taken out: the floor), the
 *      pages marked `lighthouse` in routes.ts, and a clinic's link. Budgets: performance (BUDGETS below),
 *      accessibility, best practices and SEO 100, and the start page's and a clinic link's LCP at most
 *      LCP_RATIO × the bare page's. When a run of the bare page scores under 95 (a busy machine), the performance
 *      scores are printed, not asserted; the ratios and the other categories are, and a page with no ratio
 *      budget is measured once (the median of 3 only where a budget is asserted).
 *   4. Without --budget: the time from clicking Next to the next question painted, over 20 answers.
 * Options: --budget, --runs N, --no-lighthouse.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runLighthouse } from './lighthouse.mjs';
import { startServer } from './lib/server.mjs';

const args = process.argv.slice(2);
const budget = args.includes('--budget');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const START_BUDGET = 100 * 1024;
const CRITICAL = 14 * 1024;
/**
 * Lighthouse performance budgets (median of 3). The start page and a Learn page score 97–100 here; the
 * check-in and a clinic's link, which start the app, score 72–76 until they paint before the app loads
 * (issue 26).
 */
const PERFORMANCE = { default: 95, '/check-in': 65, clinic: 65 };
const CATEGORY_BUDGETS = { accessibility: 100, 'best-practices': 100, seo: 100 };
/** LCP ÷ the bare page's, for the start page and a clinic's link. Measured 1.22–1.43 (bare page 0.67–0.77 s). */
const LCP_RATIO = 1.6;
const CLINIC_LINK = '/?clinic=Riverside%20Practice';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { versions, routes } = JSON.parse(readFileSync('dist/routes.json', 'utf8'));
const START_PAGES = versions.map((version) => `${version.base}/`);
const LIGHTHOUSE_ROUTES = routes.filter((route) => route.lighthouse).map((route) => route.path);
const failures = [];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// The site as served in production, with one page more: /bare.html, the floor for the first paint.
const site = mkdtempSync(join(tmpdir(), 'bench-site-'));
cpSync('dist', site, { recursive: true });
chmodSync(site, 0o755);
const startHtml = readFileSync(join(site, 'index.html'), 'utf8');
writeFileSync(join(site, 'bare.html'), startHtml.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*rel="(?:modulepreload|preload|stylesheet|manifest)"[^>]*>/g, ''));
const server = await startServer({ kind: 'nginx', dist: site, probe: '/bare' });
const { base } = server;

try {
  // 1. Bytes per page
  const browser = await chromium.launch({ executablePath, args: chromeArgs });
  console.log('bytes loaded on a first visit (gzip -9 of each response: HTML, CSS, JS)');
  const measured = budget ? START_PAGES : [...new Set([...routes.map((route) => route.path), ...START_PAGES])];
  for (const route of measured) {
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

  // 2. The first round trip of every version's start page
  for (const route of START_PAGES) {
    const html = await (await fetch(base + route, { headers: { 'accept-encoding': 'identity' } })).text();
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

  // 4. Answer to next question (figures only)
  if (!budget) {
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

  // 3. Lighthouse, through nginx, against the bare page in the same run
  if (!args.includes('--no-lighthouse')) {
    const QUIET = 95;
    const pages = ['/bare', ...LIGHTHOUSE_ROUTES, CLINIC_LINK];
    // The bare page first: its runs say whether the machine is quiet enough for absolute scores (QUIET,
    // below). On a busy machine a page's performance score is printed, not asserted, so a page whose only
    // timing budget is that score is measured once, for its accessibility, best-practices and SEO (which do
    // not depend on timing); the bare page, the start page and a clinic's link, whose LCP ratios are
    // asserted every run, always get the median of `runs`.
    const RATIO_ROUTES = new Set(['/bare', '/', CLINIC_LINK]);
    const runsOf = (route, earlier) => (RATIO_ROUTES.has(route) || earlier[0].samples.every((score) => score >= QUIET) ? runs : 1);
    const results = await runLighthouse(base, pages, runsOf);
    const bare = results[0];
    // The bare page is the measuring stick. Lighthouse's scores come from timings taken on this machine,
    // so when another job takes the CPU (a second copy of the suite, a build) every page's score drops,
    // the bare page's too. When any run of the bare page scores under 95 — in the first measure, or in a
    // second one taken only when a page misses its performance budget (the load may have started after
    // the first) — the run is too busy for absolute scores: they are printed, not asserted; the ratios to
    // the bare page (LCP) and the other categories still are.
    const minimumOf = (r) => (r.route === CLINIC_LINK ? PERFORMANCE.clinic : (PERFORMANCE[r.route] ?? PERFORMANCE.default));
    let bareRuns = [...bare.samples];
    if (bareRuns.every((score) => score >= QUIET) && results.some((r) => r.route !== '/bare' && r.performance < minimumOf(r))) {
      const [again] = await runLighthouse(base, ['/bare'], runs);
      console.log(`lighthouse: a page missed its performance budget; the bare page again: performance runs ${again.samples.join(', ')}`);
      bareRuns = [...bareRuns, ...again.samples];
    }
    const quiet = bareRuns.every((score) => score >= QUIET);
    if (!quiet) console.log(`lighthouse: machine busy (a run of the bare page scored ${Math.min(...bareRuns)} < ${QUIET}): performance scores printed, not asserted this run; LCP ratios and the other categories asserted`);
    for (const r of results) {
      const ratio = r.lcp / bare.lcp;
      console.log(
        `lighthouse ${r.route.padEnd(28)} performance ${String(r.performance).padStart(3)}  LCP ${(r.lcp / 1000).toFixed(2)} s (${ratio.toFixed(2)}× bare)  TBT ${String(Math.round(r.tbt)).padStart(4)} ms  accessibility ${r.accessibility}  best-practices ${r['best-practices']}  seo ${r.seo}  (${r.samples.length > 1 ? `median of ${r.samples.length}` : 'one run: the machine is busy, and its score is not asserted'}; performance runs ${r.samples.join(', ')})`,
      );
      if (r.route === '/bare') continue;
      const minimum = minimumOf(r);
      if (quiet && r.performance < minimum) failures.push(`lighthouse ${r.route} performance ${r.performance} < ${minimum}`);
      for (const [category, min] of Object.entries(CATEGORY_BUDGETS)) if (r[category] < min) failures.push(`lighthouse ${r.route} ${category} ${r[category]} < ${min}`);
      if ((r.route === '/' || r.route === CLINIC_LINK) && ratio > LCP_RATIO) failures.push(`lighthouse ${r.route} LCP ${ratio.toFixed(2)}× the bare page's > ${LCP_RATIO}×`);
    }
  }
} finally {
  await server.stop();
  rmSync(site, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`budgets: ${budget ? 'FAILED' : 'not met (not enforced without --budget)'}:\n  ${failures.join('\n  ')}`);
  process.exit(budget ? 1 : 0);
}
console.log('budgets: all met');
