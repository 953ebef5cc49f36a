#!/usr/bin/env node
/**
 * What the browser's own history database keeps after one whole check-in: runs Debian's Chromium with a
 * fresh profile, takes the check-in from the start page (answering every question, one yes to heroin,
 * item 9 above 0), closes the browser, and prints the rows of the profile's History database (url, title).
 * Printed only. Needs a server of the built app: `node scripts/history-probe.mjs [baseURL]` (python3 reads
 * the SQLite file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const profile = mkdtempSync(join(tmpdir(), 'history-probe-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 360, height: 740 },
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(base + '/');
await page.getByRole('link', { name: 'Start the check-in' }).click();
const plan = { heroin: 'Yes', item9: 'Several days' };
for (let step = 0; step < 60; step++) {
  await page.locator('main h1').first().waitFor();
  const heading = (await page.locator('main h1').first().innerText()).trim();
  if (/results/i.test(heading)) break;
  for (const name of ['Continue the check-in', 'Answer 7 more questions', 'Answer these questions']) {
    const button = page.getByRole('button', { name });
    if (await button.count()) {
      await button.click();
      await page.waitForTimeout(150);
      break;
    }
  }
  if (await page.getByRole('button', { name: 'Next' }).count()) {
    const radios = page.locator('main input[type=radio]');
    const label = /past 3 months.*heroin/i.test(heading) ? plan.heroin : /better off dead/i.test(heading) ? plan.item9 : null;
    if (label) await page.getByRole('radio', { name: label, exact: true }).check();
    else if (await radios.count()) await radios.nth((await radios.count()) > 2 ? 1 : 0).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(150);
  }
}
console.log(`history.length in the tab: ${await page.evaluate(() => history.length)}; last title: ${await page.title()}`);
await context.close();
const rows = execFileSync('python3', ['-c', `import sqlite3,sys
db=sqlite3.connect(sys.argv[1])
for url,title,visits in db.execute('select url,title,visit_count from urls order by id'): print(f'{url}\\t{title}\\t{visits}')
print('visits', db.execute('select count(*) from visits').fetchone()[0])`, join(profile, 'Default', 'History')], { encoding: 'utf8' });
console.log(rows.trim());
rmSync(profile, { recursive: true, force: true });
