/**
 * A safety plan [H32]: offered after PHQ-9 item 9 above 0 (the support step and the results, in place at
 * the check-in's one address), from the family guide and from Getting help (its own page, /plan). Filled
 * in, printed on one page, saved as a file; nothing stored; Leave and Shift ×3 delete it, and Back shows
 * none of it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { mood } from '../support/fhir-cases';
import { pageDriver, walkCheckin } from '../support/walker';
import { answer, declineAnxiety, expect, expectNothingStored, localeText, skipSubstance, test } from './fixtures';

const EXIT = 'https://www.weather.gov/';
const WARNING = 'Pacing at night, not answering my phone';
const PEOPLE = 'My sister Ana, 555-0100';

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function fill(page: Page) {
  await page.getByLabel('My warning signs').fill(WARNING);
  await page.getByLabel('Things I can do on my own').fill('Walk the dog\nMusic');
  await page.getByLabel('People I can ask for help, with their numbers').fill(PEOPLE);
}

test.describe('a safety plan [H32]', () => {
  test.use({ allowedOrigins: ['https://www.weather.gov'] });
  test.beforeEach(async ({ context }) => {
    await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  });

  test('from Getting help: six steps with the country\'s crisis lines, printed on one page (Letter and A4), saved as a file, nothing stored; Leave, then Back shows none of it [H32]', async ({ page, axe }, testInfo) => {
    await page.goto('/learn/getting-help');
    await page.getByRole('link', { name: 'Make a safety plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Make a safety plan' })).toBeVisible();
    await expect(page).toHaveURL(/\/plan$/);
    // The page is prerendered and paints before the app has loaded; text typed before it has taken the
    // page over is not kept yet (docs/performance.md, known gaps): write once it has.
    await expect.poll(() => page.locator('main textarea').first().evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')))).toBe(true);
    // The tab title stays neutral: it is kept in the browser's history.
    await expect(page).toHaveTitle('Make a plan – Private check-in');
    for (const [number, heading] of ['Warning signs', 'Things I can do on my own', 'People and places that take my mind off things', 'People I can ask for help', 'Professionals and services I can contact', 'Making my surroundings safer'].entries()) {
      await expect(page.getByRole('heading', { level: 2, name: `Step ${number + 1}: ${heading}` })).toBeVisible();
    }
    // Step 5 is prefilled with the country's crisis line; step 6 names opioids, medicines and naloxone.
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toBeVisible();
    await expect(page.getByText('If you use opioids: keep naloxone where others can find it')).toBeVisible();
    await fill(page);
    await axe();
    await page.screenshot({ path: testInfo.outputPath('plan-360.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save my plan as a file' }).click();
    expect((await download).suggestedFilename()).toBe('my-plan.txt');
    const saved = readFileSync(await (await download).path(), 'utf8');
    expect(saved).toContain('Step 1: Warning signs');
    expect(saved).toContain(WARNING);
    expect(saved).toContain(PEOPLE);
    expect(saved).toContain('Call 988');
    expect(saved).not.toMatch(/\[\d+\]/);

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('region', { name: 'My safety plan' });
    await expect(printed).toBeVisible();
    await expect(printed.getByText(WARNING)).toBeVisible();
    await expect(printed.getByText(/Call 988/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leave this site' })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('plan-print.png'), fullPage: true });
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdfPageCount(pdf), `${format} pages`).toBe(1);
    }
    await page.emulateMedia({ media: 'screen' });
    await expectNothingStored(page);

    await page.getByRole('button', { name: 'Leave this site' }).click();
    await expect(page).toHaveURL(EXIT);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: localeText('learn/getting-help:title') })).toBeVisible();
    await expect(page.getByText(WARNING)).toHaveCount(0);
    // Forward to the plan's own address: nothing the person typed comes back.
    await page.goto('/plan');
    await expect(page.getByLabel('My warning signs')).toHaveValue('');
    await expect(page.getByLabel('People I can ask for help, with their numbers')).toHaveValue('');
  });

  test('in the check-in after item 9: made on the support step, still there on the results, and Shift ×3 deletes it [H32]', async ({ page, axe }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    const address = page.url();
    // Walk to the support step (item 9 above 0) and open the plan there.
    await walkCheckin(pageDriver(page), { answers: mood([1, 1, 0, 0, 0, 0, 0, 0, 1]), until: 'support' });
    await page.getByRole('button', { name: 'Make a safety plan' }).click();
    await expect(page.getByRole('button', { name: 'Hide the safety plan' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { level: 3, name: 'Step 1: Warning signs' })).toBeVisible();
    await fill(page);
    // In place: the address and the title are the check-in's own.
    expect(page.url()).toBe(address);
    await expect(page).toHaveTitle('Your check-in – Private check-in');
    await axe();

    await page.getByRole('button', { name: 'Continue the check-in' }).click();
    await answer(page, 'Somewhat difficult');
    await declineAnxiety(page);
    await skipSubstance(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await page.getByRole('button', { name: 'Make a safety plan' }).click();
    await expect(page.getByLabel('My warning signs')).toHaveValue(WARNING);

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(EXIT);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();
    await expect(page.getByText(WARNING)).toHaveCount(0);
  });

  test('the family guide offers it ("help them make one"), and another country and language show their own lines [H32]', async ({ page }) => {
    await page.goto('/family');
    await expect(page.getByRole('heading', { name: 'Help them make a safety plan' })).toBeVisible();
    await page.getByRole('link', { name: 'Make a safety plan together' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Make a safety plan' })).toBeVisible();

    await page.goto('/es-mx/plan');
    await expect(page.getByRole('heading', { level: 1, name: localeText('plan:title', 'es') })).toBeVisible();
    // Mexico: naloxone is a controlled medicine there, so step 6 does not name it.
    await expect(page.getByText(/naloxona/i)).toHaveCount(0);
    await expect(page.getByText(localeText('plan:safer.ifOpioids.medicines', 'es').replace(/\s*\[\d+\]/, ''))).toBeVisible();
  });
});
