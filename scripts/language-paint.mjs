#!/usr/bin/env node
/**
 * How long a reader sees the wrong language or country before the right one, on a mid-range phone:
 * Chromium with 4× CPU slowdown and a 1.6 Mbps / 150 ms link (the figures the regional-versions issue
 * was measured with). For each address it records, from the navigation's start:
 *   - first: when the page's main heading first exists in the document (the first paint of content);
 *   - right: when the heading is the expected one and the crisis bar shows the expected number only;
 *   - wrong for: right − first (0 when the first content is already right).
 * Printed only (timing on a shared machine is noise, not a test). Serves dist/ with `vite preview`.
 * (Marks are per document: an old `?lang=` link that redirects is measured from the page it lands on.)
 *   node scripts/language-paint.mjs [--runs 3] [--cases before|after]
 */
import { chromium } from '@playwright/test';
import { startServer } from './lib/server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const casesAt = args.indexOf('--cases');
const which = casesAt >= 0 ? args[casesAt + 1] : 'after';
const PORT = process.env.PAINT_PORT ? Number(process.env.PAINT_PORT) : undefined;

/** address → expected heading (a substring) and the number the crisis bar must show (and the one it must not). */
const CASES = {
  // The landed build: one English/US page per route, switched after hydration by ?lang= / ?region=.
  before: [
    { url: '/?lang=es', heading: 'Un chequeo privado', number: 'tel:988', notNumber: null },
    { url: '/learn/opioids-and-mood?lang=es', heading: 'opioides y el estado de ánimo', number: 'tel:988', notNumber: null },
    { url: '/?region=uk', heading: 'A private check-in', number: 'tel:116123', notNumber: 'tel:988' },
  ],
  // Regional versions: each address is prerendered in its own language and country.
  after: [
    { url: '/es-us/', heading: 'Un chequeo privado', number: 'tel:988', notNumber: null },
    { url: '/es-us/learn/opioids-and-mood', heading: 'opioides y el estado de ánimo', number: 'tel:988', notNumber: null },
    { url: '/en-gb/', heading: 'A private check-in', number: 'tel:116123', notNumber: 'tel:988' },
    { url: '/es-es/family', heading: 'Me preocupa alguien', number: 'tel:024', notNumber: 'tel:988' },
  ],
};

const server = await startServer({ kind: 'preview', port: PORT });
const { base } = server;
const stop = () => server.stop();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const item of CASES[which]) {
  const firsts = [];
  const rights = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(({ heading, number, notNumber }) => {
      const marks = { first: null, right: null };
      window.__paint = marks;
      const check = () => {
        const h1 = document.querySelector('main h1');
        if (!h1) return;
        const now = performance.now();
        if (marks.first === null) marks.first = now;
        if (marks.right !== null) return;
        const okHeading = (h1.textContent ?? '').includes(heading);
        const okNumber = Boolean(document.querySelector(`a[href="${number}"]`));
        const noWrong = !notNumber || !document.querySelector(`.crisis-bar a[href="${notNumber}"]`);
        if (okHeading && okNumber && noWrong) marks.right = now;
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    }, item);
    await page.goto(base + item.url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__paint?.right !== null, null, { timeout: 60_000 });
    const marks = await page.evaluate(() => window.__paint);
    firsts.push(marks.first);
    rights.push(marks.right);
    await context.close();
  }
  const first = median(firsts);
  const right = median(rights);
  console.log(
    `${item.url.padEnd(36)} first content ${first.toFixed(0).padStart(5)} ms  right language and country ${right.toFixed(0).padStart(5)} ms  wrong for ${(right - first).toFixed(0).padStart(5)} ms  (median of ${runs})`,
  );
}
await browser.close();
await stop();
