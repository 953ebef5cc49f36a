#!/usr/bin/env node
/**
 * Takes screenshots of the main screens of the built app at 360 px and 1280 px, for people to look at
 * (not a test). Needs `npm run build` and a running `npm run preview`. Output: reports/screenshots/.
 *   node scripts/screenshots.mjs [baseURL]
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
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
  const answers = [2, 2, 1, 3, 1, 2, 1, 0, 1];
  for (const [i, value] of answers.entries()) {
    await page.locator(`input[type=radio][value="${value}"]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
    if (i === 8) {
      await page.getByRole('heading', { name: /alone/ }).waitFor();
      await shot('04-crisis');
      await page.getByRole('button', { name: 'Continue the check-in' }).click();
    }
  }
  await page.locator('input[type=radio][value="1"]').check();
  await page.getByRole('button', { name: 'Next' }).click();
  // The optional anxiety questions (GAD-7): offered, then taken.
  await page.getByRole('button', { name: 'Answer 7 more questions' }).waitFor();
  await shot('05-anxiety-offer');
  await page.getByRole('button', { name: 'Answer 7 more questions' }).click();
  for (const [i, value] of [2, 1, 2, 1, 1, 0, 1].entries()) {
    await page.locator(`input[type=radio][value="${value}"]`).check();
    if (i === 0) await shot('05-anxiety-question');
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Answer these questions' }).waitFor();
  await shot('05-substance-intro');
  await page.getByRole('button', { name: 'Answer these questions' }).click();
  const choose = async (label) => {
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
  };
  await page.getByRole('radio', { name: 'Weekly' }).waitFor();
  await shot('06-taps1');
  await choose('Weekly');
  await page.getByRole('button', { name: 'Next' }).click();
  await choose('Never');
  await choose('Weekly');
  await choose('Never');
  await choose('Yes');
  await choose('Yes');
  await choose('No');
  await choose('No'); // fentanyl, or pills not from a pharmacy
  await page.getByRole('radio', { name: 'Yes' }).waitFor();
  await shot('07-safety');
  for (const label of ['Yes', 'No', 'No', 'No', 'Not sure']) await choose(label);
  await page.getByRole('heading', { name: 'Your check-in results' }).waitFor();
  await shot('08-results');
  await page.goto(base + '/privacy');
  await shot('09-privacy');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
