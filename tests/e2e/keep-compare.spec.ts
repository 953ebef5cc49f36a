/**
 * "Keep a copy of these results" and "Compare with an earlier check-in" [H31]: the file is saved by the
 * person, picked again in a later visit, read in the page (the privacy guard fails on any request off the
 * origin), and compared per questionnaire against its published threshold; bad files are named and nothing
 * is compared. Nothing is stored by the site.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exportBundle } from '../../src/results/share/fhir';
import { summarise } from '../../src/results/summary';
import type { Answers } from '../../src/instruments/types';
import { lookup, mood } from '../support/fhir-cases';
import { pageDriver, walkCheckin } from '../support/walker';
import { expect, expectNothingStored, test } from './fixtures';

const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
/** PHQ-9 answers with this total (items filled from the first, 3 points each), item 9 as given. */
const phq9 = (total: number, item9 = 0): Answers => {
  const values = Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, total - item9 - i * 3)));
  return { ...mood([...values, item9]), 'phq9-10': 1 };
};

async function checkIn(page: Page, answers: Answers) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the check-in' }).click();
  await walkCheckin(pageDriver(page), { answers });
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
}

/** A kept file as this app writes it, for a check-in on `date`. */
function keptFile(baseURL: string, answers: Answers, date: string, edit: (json: string) => string = (json) => json) {
  const bundle = exportBundle(answers, summarise(answers), new Date(date), { site: baseURL, appVersion: APP_VERSION, text: lookup });
  return { name: `check-in-${date.slice(0, 10)}.fhir.json`, mimeType: 'application/json', buffer: Buffer.from(edit(JSON.stringify(bundle, null, 2))) };
}

const picker = (page: Page) => page.getByLabel('Choose one or more files you kept');

test.describe('keep a copy, and compare with it later [H31]', () => {
  test('keep a file, check in again, compare: both totals and the change worded against the threshold; item 9 still brings crisis support [H31]', async ({ page, axe }, testInfo) => {
    await checkIn(page, phq9(19));
    await expect(page.getByText('Anyone who opens this file can read every answer you gave')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Keep a copy of these results' }).click();
    const kept = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(kept);
    expect((await download).suggestedFilename()).toMatch(/^check-in-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    await expect(page.getByRole('status').filter({ hasText: 'The file was saved to your downloads.' })).toHaveCount(1);

    // A later visit (the same tab, after deleting the answers): 12 points, with thoughts of self-harm.
    await page.getByRole('button', { name: 'Delete my answers and start over' }).click();
    await checkIn(page, phq9(12, 1));
    await picker(page).setInputFiles(kept);
    const mood = page.locator('.compare-block').filter({ has: page.getByRole('heading', { name: 'Mood (PHQ-9)' }) });
    await expect(mood.getByText(/^7 points lower than on .+: a change this size is meaningful\.$/)).toBeVisible();
    const table = mood.getByRole('table', { name: 'PHQ-9 totals by date' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('19 of 27');
    await expect(table.getByRole('row', { name: /^Today,/ }).getByRole('cell').first()).toHaveText('12 of 27');
    // Two check-ins: no chart yet.
    await expect(page.getByRole('img', { name: 'Chart of the PHQ-9 totals by date' })).toHaveCount(0);
    // Whatever the change, item 9 above 0 today brings the crisis lines into the comparison.
    const compare = page.getByRole('region', { name: 'Compare with an earlier check-in' });
    await expect(compare.getByRole('heading', { name: 'Talk to someone today' })).toBeVisible();
    await expect(compare.getByRole('link', { name: 'Call 988' })).toBeVisible();
    // The change is worded against the threshold, never as "better", "worse" or "recovered".
    await expect(mood.getByText(/better|worse|recover/i)).toHaveCount(0);
    await expectNothingStored(page);
    await axe();
    await compare.screenshot({ path: testInfo.outputPath('compare-360.png') });
  });

  test('a small change is "about the same"; three earlier files draw the chart, with the same figures in a table', async ({ page, axe, baseURL }, testInfo) => {
    await checkIn(page, phq9(14));
    await picker(page).setInputFiles([
      keptFile(baseURL!, phq9(20), '2026-09-02T09:00:00Z'),
      keptFile(baseURL!, phq9(17), '2026-10-07T09:00:00Z'),
      keptFile(baseURL!, phq9(16), '2026-11-04T09:00:00Z'),
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Read 3 earlier check-ins.' })).toHaveCount(1);
    await expect(page.getByText('About the same as on November 4, 2026: 2 points lower, and a change under 5 points is within how much the answers vary anyway.')).toBeVisible();
    const chart = page.getByRole('img', { name: 'Chart of the PHQ-9 totals by date' });
    await expect(chart).toBeVisible();
    await expect(chart.locator('circle')).toHaveCount(4);
    const rows = page.getByRole('table', { name: 'PHQ-9 totals by date' }).getByRole('row');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(1)).toContainText('September 2, 2026');
    await expect(rows.nth(1)).toContainText('20 of 27');
    await expect(rows.nth(1)).toContainText('severe');
    await axe();
    await page.locator('.compare-figure').screenshot({ path: testInfo.outputPath('chart-360.png') });
  });

  test('each bad file gets its own message, and nothing is compared [H31]', async ({ page, baseURL }, testInfo) => {
    await checkIn(page, phq9(10));
    const good = phq9(15);
    const huge = testInfo.outputPath('check-in-huge.fhir.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const cases: [string, Parameters<Page['setInputFiles']>[1], RegExp][] = [
      ['JSON that is not a kept check-in', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"mood": 12}') }, /^notes\.json is not a check-in kept from this site\.$/],
      ['a renamed picture', { name: 'check-in.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) }, /^check-in\.json is a picture or a document \(PNG\), not a kept check-in\.$/],
      ['a 50 MB file', huge, /^check-in-huge\.fhir\.json is 52\.4 MB\. That is too large/],
      ['a FHIR Bundle from another app', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from('{"resourceType":"Bundle","type":"collection","entry":[]}') }, /^export\.json was made by another app\./],
      ['a total that disagrees with its items', keptFile(baseURL!, good, '2026-11-04T09:00:00Z', (json) => json.replace('"valueDecimal": 15', '"valueDecimal": 5')), /the PHQ-9 total \(5\) does not match its answers \(15\)/],
      ['a date in the future', keptFile(baseURL!, good, '2099-01-05T09:00:00Z'), /is dated January 5, 2099, which is in the future/],
      ['a file from a newer version', keptFile(baseURL!, good, '2026-11-04T09:00:00Z', (json) => json.replaceAll(`Check-in ${APP_VERSION}`, 'Check-in 9.0.0').replaceAll(`"${APP_VERSION}"`, '"9.0.0"')), /was saved by a newer version of this site \(9\.0\.0\)/],
    ];
    for (const [name, file, message] of cases) {
      await test.step(name, async () => {
        await picker(page).setInputFiles(file);
        const summary = page.getByRole('alert').filter({ hasText: 'There is a problem with the files you chose' });
        await expect(summary).toBeVisible();
        await expect(summary.getByRole('link', { name: message })).toBeVisible();
        await expect(page.getByRole('table', { name: 'PHQ-9 totals by date' })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
      });
    }
    // A good file and a bad one together: the bad one is named, and nothing is compared (never a part).
    await picker(page).setInputFiles([keptFile(baseURL!, good, '2026-11-04T09:00:00Z'), cases[0]![1] as { name: string; mimeType: string; buffer: Buffer }]);
    await expect(page.getByRole('alert').getByRole('link', { name: /notes\.json/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'PHQ-9 totals by date' })).toHaveCount(0);
    // The crisis line stays in reach.
    await expect(page.getByRole('banner').getByRole('link', { name: /988/ }).first()).toBeVisible();
    await page.getByRole('alert').screenshot({ path: testInfo.outputPath('bad-files-360.png') });
  });
});
