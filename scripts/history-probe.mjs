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
import { loadWalker } from './lib/walker.mjs';

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
// Every question answered (the mood and anxiety ones "Several days", so item 9 is above 0), yes to heroin,
// walked by the tests' walker from the flow itself.
const { walkCheckin, pageDriver } = await loadWalker();
const several = (prefix, count) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}-${i + 1}`, 1]));
await walkCheckin(pageDriver(page), {
  answers: {
    ...several('phq9', 10),
    'anxiety-consent': 1,
    ...several('gad7', 7),
    'substance-consent': 1,
    'taps1-tobacco': 1, 'taps-alcohol-amount': 4, 'taps1-alcohol': 1, 'taps1-drugs': 1, 'taps1-rx': 0,
    'taps2-heroin-1': 1, 'taps2-heroin-2': 0, 'taps2-heroin-3': 0, 'street-opioids': 0,
    'safety-alone': 0, 'safety-mixing': 0, 'safety-break': 0, 'safety-naloxone': 0, 'safety-fentanyl': 2,
  },
});
await page.getByRole('heading', { level: 1, name: 'Your check-in results' }).waitFor();
console.log(`history.length in the tab: ${await page.evaluate(() => history.length)}; last title: ${await page.title()}`);
await context.close();
const rows = execFileSync('python3', ['-c', `import sqlite3,sys
db=sqlite3.connect(sys.argv[1])
for url,title,visits in db.execute('select url,title,visit_count from urls order by id'): print(f'{url}\\t{title}\\t{visits}')
print('visits', db.execute('select count(*) from visits').fetchone()[0])`, join(profile, 'Default', 'History')], { encoding: 'utf8' });
console.log(rows.trim());
rmSync(profile, { recursive: true, force: true });
