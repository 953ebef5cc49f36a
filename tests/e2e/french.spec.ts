/**
 * Canada in French (fr-CA), as a French-speaking reader in Québec meets it: every screen of a full
 * check-in at 360 px with item 9 above 0, the crisis step naming 9-8-8 and Québec's line, the results, the
 * FHIR file (questions in English, the response's language fr-CA), the handout on one page, and Leave.
 * The wording is read from the French locale files, not copied here, so the tests follow the text.
 */
import { readFileSync } from 'node:fs';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import { expect, expectNothingStored, localeText, test } from './fixtures';
import { pageDriver, walkCheckin } from '../support/walker';
import { PAGE_ROUTES } from '../../src/app/routes';

const fr = (key: string) => localeText(key, 'fr');
const EXIT = 'https://www.weather.gov/';

/** PHQ-9 of 11 with item 9 "Plusieurs jours", question 10, then the TAPS with heroin and the safety questions. */
const ANSWERS = {
  'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 1, 'phq9-5': 1, 'phq9-6': 1, 'phq9-7': 1, 'phq9-8': 1, 'phq9-9': 1, 'phq9-10': 1,
  'substance-consent': 1, 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 3, 'taps1-rx': 0,
  'taps2-heroin-1': 1, 'taps2-heroin-2': 1, 'taps2-heroin-3': 0, 'street-opioids': 1,
  'safety-alone': 1, 'safety-mixing': 0, 'safety-break': 0, 'safety-naloxone': 0, 'safety-fentanyl': 2,
};

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

test.describe('Canada in French', () => {
  test.use({ allowedOrigins: [new URL(EXIT).origin] });

  test('a full check-in in French at 360 px with item 9 above 0: 9-8-8 and Québec’s line at once, every screen axe-clean, the FHIR file in fr-CA, one printed page, Leave [H1] [H3] [H15] [H24]', async ({ page, context, axe }) => {
    test.setTimeout(150_000);
    await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Météo</title><h1>Météo</h1>' }));
    await page.goto('/fr-ca/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr('common:start.title'));
    // Help one tap away: 9-8-8, Québec's line, 911; the language switch offers Canada's three languages.
    const bar = page.getByRole('navigation', { name: fr('common:crisisBar.label') });
    await expect(bar.locator('a[href="tel:988"]')).toBeVisible();
    await expect(bar.getByRole('link', { name: /^Au Québec.*1 866 APPELLE \(277-3553\)$/ })).toHaveAttribute('href', 'tel:18662773553');
    await expect(bar.locator('a[href="tel:911"]')).toBeVisible();
    const languages = page.getByRole('navigation', { name: fr('common:language.label') });
    await expect(languages.getByRole('link')).toHaveText(['English', 'Español']);
    await expect(languages.locator('[aria-current="true"]')).toHaveText('Français');
    await axe();

    await page.getByRole('link', { name: fr('common:start.startButton') }).click();
    const seen: string[] = [];
    await walkCheckin(pageDriver(page), {
      answers: ANSWERS,
      region: 'ca',
      language: 'fr',
      options: { language: 'fr' },
      onScreen: async (step) => {
        seen.push(step.id);
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
        if (step.kind === 'support') {
          // Straight after item 9: the crisis step names 9-8-8, Québec's line and 911.
          const main = page.locator('main');
          await expect(main.locator('a[href="tel:988"]').first()).toBeVisible();
          await expect(main.locator('a[href="tel:18662773553"]').first()).toBeVisible();
          await expect(main.locator('a[href="tel:911"]').first()).toBeVisible();
          await expect(main.getByText(/988|116 123|024|800 911/)).toHaveCount(0);
        }
        // The TAPS is our translation, and says so.
        if (step.id === 'taps1-tobacco') await expect(page.getByText(fr('checkin:translationNote'))).toBeVisible();
        await axe();
      },
    });
    // The GAD-7 is not offered in French: no anxiety intro on the way.
    expect(seen).toContain('support');
    expect(seen.some((id) => id.startsWith('gad7') || id === 'anxiety')).toBe(false);

    await expect(page.getByRole('heading', { level: 1, name: fr('results:title') })).toBeVisible();
    const top = page.locator('#support-top-heading').locator('..');
    await expect(top.locator('a[href="tel:988"]').first()).toBeVisible();
    await expect(page.getByText(/988 Suicide|SAMHSA|Samaritans/)).toHaveCount(0);
    await axe();
    await expectNothingStored(page);

    // The FHIR file: LOINC's English questions, and the language the person read them in.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr('results:share.download') }).click()]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as Bundle;
    const responses = (bundle.entry ?? []).map((entry) => entry.resource as QuestionnaireResponse);
    expect(responses.map((response) => response.language)).toEqual(responses.map(() => 'fr-CA'));
    const phq9 = responses.find((response) => response.questionnaire === 'http://loinc.org/q/44249-1');
    expect(phq9?.item?.[0]?.text).toBe('Little interest or pleasure in doing things');
    expect(phq9?.item?.find((item) => item.linkId === '/44261-6')?.answer).toEqual([{ valueDecimal: 11 }]);
    console.log(`fr-CA download: ${responses.length} responses, language ${responses[0]?.language}`);

    // The handout, in French, on one page in Letter and A4.
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: fr('results:handout.title') });
    await expect(handout).toBeVisible();
    await expect(handout.getByText(/PHQ-9/).first()).toBeVisible();
    for (const format of ['Letter', 'A4'] as const) expect(pdfPageCount(await page.pdf({ format, printBackground: false })), `${format} pages`).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // Leave: the neutral site, and Back shows the start page, not the results.
    await page.getByRole('button', { name: fr('common:quickExit.button') }).click();
    await expect(page).toHaveURL(EXIT);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr('common:start.title'));
    await expect(page.getByText(fr('results:title'))).toHaveCount(0);
  });

  test('every fr-CA page: in French, its heading from the French files, Canada’s lines, axe-clean [H3]', async ({ page, axe }) => {
    // The check-in's own screens are walked above.
    const routes = PAGE_ROUTES.filter((route) => route.path !== '/check-in');
    test.setTimeout(20_000 + routes.length * 5_000);
    for (const route of routes) {
      const url = `/fr-ca${route.path === '/' ? '/' : route.path}`;
      await page.goto(url);
      await expect(page.locator('html'), url).toHaveAttribute('lang', 'fr-CA');
      // Its heading (the flyer's is its headline, so its name is the page's title there).
      const name = fr(route.headingKey);
      await expect.poll(async () => [await page.getByRole('heading', { level: 1 }).first().textContent(), await page.title()].some((text) => text?.includes(name)), url).toBe(true);
      await expect(page.locator('.crisis-bar a[href="tel:18662773553"]'), url).toBeVisible();
      await axe();
    }
    console.log(`fr-CA pages checked: ${routes.map((route) => route.path).join(' ')}`);
  });

  test('a French clinic link that asks for the GAD-7 gets the note, not the questions; the link builder makes a French link for Canada only [H15]', async ({ page, baseURL, axe }) => {
    await page.goto('/fr-ca/?add=gad7');
    const note = fr('common:settingsNotice.notInLanguage').split('{{name}}')[0]!.trim();
    await expect(page.getByText(note)).toBeVisible();
    await axe();

    await page.goto('/fr-ca/clinicians');
    await page.getByLabel(fr('clinicians:builder.clinicLabel')).fill('Clinique Saint-Denis');
    await page.getByRole('button', { name: fr('clinicians:builder.create') }).click();
    await expect(page.getByLabel(fr('clinicians:builder.linkLabel'))).toHaveValue(`${baseURL}/fr-ca/?clinic=Clinique+Saint-Denis`);
    // French for the United States does not exist: the builder says so at the field.
    await page.getByLabel(fr('clinicians:builder.regionLabel')).selectOption('us');
    await page.getByRole('button', { name: fr('clinicians:builder.create') }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('#link-lang')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#link-lang-error')).toContainText(fr('resources:regions.in.us'));
    await axe();
    // A distress line's name is refused as a clinic's, in French too.
    await page.getByLabel(fr('clinicians:builder.regionLabel')).selectOption('ca');
    await page.getByLabel(fr('clinicians:builder.clinicLabel')).fill('SOS Détresse');
    await page.getByRole('button', { name: fr('clinicians:builder.create') }).click();
    await expect(page.locator('#clinic-name')).toHaveAttribute('aria-invalid', 'true');
  });
});
