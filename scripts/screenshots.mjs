#!/usr/bin/env node
/**
 * Takes screenshots of the main screens of the built app at 360 px and 1280 px, for people to look at
 * (not a test). Needs `npm run build` and a running `npm run preview`. Output: reports/screenshots/.
 *   node scripts/screenshots.mjs [baseURL]
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { loadWalker } from './lib/walker.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const { walkCheckin, pageDriver } = await loadWalker();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

for (const [label, viewport] of [['360', { width: 360, height: 740 }], ['1280', { width: 1280, height: 800 }]]) {
  const page = await browser.newPage({ viewport });
  // Long pages are cut into segments so each picture stays readable.
  const shot = async (name) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const segment = 1400;
    for (let y = 0, n = 1; y < height; y += segment, n++) {
      const suffix = height > segment ? `-${n}` : '';
      await page.screenshot({
        path: `${out}/${label}-${name}${suffix}.png`,
        fullPage: true,
        clip: { x: 0, y, width: viewport.width, height: Math.min(segment, height - y) },
      });
    }
  };
  await page.goto(base + '/');
  await shot('01-start');
  await page.getByRole('link', { name: 'Start the check-in' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot('02-question');
  await page.getByRole('button', { name: 'Next' }).click();
  await shot('03-error');
  // The rest by the tests' walker, from the flow itself, with a picture of the screens worth looking at.
  const shots = { support: '04-crisis', anxiety: '05-anxiety-offer', 'gad7-1': '05-anxiety-question', substance: '05-substance-intro', 'taps1-tobacco': '06-taps1', 'safety-alone': '07-safety' };
  await walkCheckin(pageDriver(page), {
    answers: {
      ...Object.fromEntries([2, 2, 1, 3, 1, 2, 1, 0, 1, 1].map((v, i) => [`phq9-${i + 1}`, v])),
      'anxiety-consent': 1,
      ...Object.fromEntries([2, 1, 2, 1, 1, 0, 1].map((v, i) => [`gad7-${i + 1}`, v])),
      'substance-consent': 1,
      'taps1-tobacco': 3, 'taps1-alcohol': 0, 'taps1-drugs': 3, 'taps1-rx': 0,
      'taps2-heroin-1': 1, 'taps2-heroin-2': 1, 'taps2-heroin-3': 0, 'street-opioids': 0,
      'safety-alone': 1, 'safety-mixing': 0, 'safety-break': 0, 'safety-naloxone': 0, 'safety-fentanyl': 2,
    },
    onScreen: async (step) => {
      if (shots[step.id]) await shot(shots[step.id]);
    },
  });
  await page.getByRole('heading', { name: 'Your check-in results' }).waitFor();
  await shot('08-results');
  await page.goto(base + '/privacy');
  await shot('09-privacy');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
