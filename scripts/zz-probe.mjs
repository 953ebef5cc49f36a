import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'], viewport: { width: 360, height: 740 } });
const page = ctx.pages()[0] ?? await ctx.newPage();
await page.goto('http://127.0.0.1:4300/check-in');
await page.getByLabel('More than half the days').check();
await page.getByRole('button', { name: 'Next' }).click();
await page.getByLabel('Nearly every day').check();
await page.waitForTimeout(1500);
await ctx.close();
function walk(d){ return readdirSync(d).flatMap(n=>{const p=join(d,n); return statSync(p).isDirectory()?walk(p):[p];}); }
const needles = ['radio','phq9-1','phq9-2','answer'];
for (const f of walk(dir)) {
  const buf = readFileSync(f);
  const hits = needles.filter(n => buf.includes(Buffer.from(n,'utf16le')) || buf.includes(Buffer.from(n,'utf8')));
  if (hits.length) console.log(f.replace(dir,''), hits.join(','));
}
console.log(dir);
