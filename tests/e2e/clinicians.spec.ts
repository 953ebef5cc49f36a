import { answer, declineAnxiety, expect, expectNothingStored, test } from './fixtures';
import { readQr } from './qr';

/** Pages in a PDF made by Chromium (each page object is `/Type /Page`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

test.describe('for clinicians', () => {
  test('the link builder’s link presets the check-in, shows the clinic, and its QR code decodes to it', { tag: '@layout' }, async ({ page, axe, baseURL }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /For clinicians/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'For clinicians' })).toBeVisible();
    await expect(page.getByText(/NIDA presents TAPS for use with a clinician/)).toBeVisible();
    await axe();

    // Bad input first: an error summary, tied to the fields.
    await page.getByLabel('Clinic phone number (optional)').fill('call us');
    await page.getByRole('button', { name: 'Create link' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter your clinic’s phone number in the country chosen above');
    await axe();
    // A crisis line's name or a premium-rate number is refused too.
    await page.getByLabel('Clinic name (optional)').fill('Crisis Lifeline');
    await page.getByLabel('Clinic phone number (optional)').fill('1-900-555-0100');
    await page.getByRole('button', { name: 'Create link' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a clinic name of up to 60 letters, without numbers');
    await expect(page.getByRole('alert')).toContainText('Premium-rate numbers and crisis lines are not accepted');

    await page.getByRole('radio', { name: 'Mood only (about 3 minutes)' }).check();
    await page.getByLabel('Clinic name (optional)').fill('Riverside Health Center');
    await page.getByLabel('Clinic phone number (optional)').fill('(212) 555-0199');
    await page.getByRole('button', { name: 'Create link' }).click();

    const link = await page.getByLabel('Link for patients').inputValue();
    expect(link).toBe(`${baseURL}/?parts=mood&clinic=Riverside+Health+Center&phone=%2B12125550199`);
    expect(await readQr(page.locator('svg.qr-code').first())).toBe(link);
    await axe();

    await page.getByRole('link', { name: 'Print a waiting-room flyer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'How have you been feeling?' })).toBeVisible();
    await expect(page.getByText('Private: your answers stay on your phone.', { exact: false })).toBeVisible();
    expect(await readQr(page.locator('svg.qr-code').first())).toBe(link);
    await axe();

    // A patient opens the link: mood only, and the clinic, labelled as from the link, on the results.
    await page.goto(link);
    await expect(page.getByText('Shared by: Riverside Health Center')).toBeVisible();
    await expect(page.getByText(/Substance use: 4 questions/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    await declineAnxiety(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    const clinic = page.getByRole('region', { name: 'From the link you opened — not checked by us' });
    await expect(clinic.getByText('Riverside Health Center')).toBeVisible();
    await expect(clinic.getByRole('link', { name: 'Call (212) 555-0199' })).toHaveAttribute('href', 'tel:+12125550199');
    await expect(page.getByRole('region', { name: 'Substance use' })).toHaveCount(0);
    await expectNothingStored(page);
  });

  test('a hostile link is ignored with a notice, rendered as text, never a crash [H10]', async ({ page }) => {
    await page.goto('/?clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&parts=all-of-it&phone=javascript:alert(1)&evil=1');
    await expect(page.getByRole('status').filter({ hasText: 'Part of the link you followed could not be used' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A private check-in on mood and substance use');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
  });
});

test.describe('print or save for my visit', () => {
  test('a full check-in with every part prints on one page, in Letter and in A4 [H16]', async ({ page }) => {
    await page.goto('/?clinic=Riverside%20Health%20Center');
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    for (const label of ['Nearly every day', 'Nearly every day', 'More than half the days', 'Nearly every day', 'Several days', 'More than half the days', 'Several days', 'Several days', 'More than half the days']) {
      await answer(page, label);
    }
    await page.getByRole('button', { name: 'Continue the check-in' }).click();
    await answer(page, 'Extremely difficult');
    await page.getByRole('button', { name: 'Answer 7 more questions' }).click();
    for (const label of ['Nearly every day', 'More than half the days', 'Nearly every day', 'Several days', 'Several days', 'Not at all', 'More than half the days']) {
      await answer(page, label);
    }
    await page.getByRole('button', { name: 'Answer these questions' }).click();
    await answer(page, 'Daily or almost daily');
    await answer(page, '5 or more drinks in one day');
    await answer(page, 'Weekly');
    await answer(page, 'Daily or almost daily');
    await answer(page, 'Less than monthly');
    // Heroin 3 × Yes; fentanyl or pills not from a pharmacy: Yes; prescription opioids Yes, No, Yes; safety.
    for (const label of ['Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'No', 'Yes', 'Yes', 'Yes', 'Yes', 'No', 'Not sure']) await answer(page, label);
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save for my visit' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Check-in summary to bring to my visit' });
    await expect(handout).toBeVisible();
    await expect(handout.getByText('PHQ-9 total: 18 of 27 (moderately severe)')).toBeVisible();
    await expect(handout.getByText('GAD-7 total: 12 of 21 (moderate)')).toBeVisible();
    await expect(handout.getByRole('cell', { name: 'Feeling afraid as if something awful might happen' })).toBeVisible();
    await expect(handout.getByText(/ANSWERED ABOVE 0: crisis support was shown/)).toBeVisible();
    await expect(handout.getByText(/Item 9 above 0: assess suicide risk today, before the patient leaves/)).toBeVisible();
    await expect(handout.getByText('Clinic named in the link (not checked by us): Riverside Health Center', { exact: false })).toBeVisible();
    await expect(handout.getByText('Score: 3 of 3')).toBeVisible();
    await expect(handout.getByText('Score: 2 of 3')).toBeVisible();
    await expect(handout.getByText(/Not a diagnosis/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leave this site' })).toBeHidden();

    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdfPageCount(pdf), `${format} pages`).toBe(1);
    }
  });
});
