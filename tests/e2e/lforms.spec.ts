/**
 * The FHIR export read by a clinic's form tool: LHC-Forms (the National Library of Medicine's renderer,
 * `lforms` 40.1.3, fetched by scripts/ensure-lforms.mjs) loads LOINC's PHQ-9 and GAD-7 forms
 * (tests/fixtures/loinc-forms.ts) with each exported QuestionnaireResponse, and gives the response back
 * (`getFormFHIRData`): every answer and the total must come back as they went in. LHC-Forms matches an
 * answer on its code and display, so a display LOINC does not use for that code (GAD-7 item 2), or a total
 * typed otherwise than the form's item (`decimal`), is dropped: this test is what notices.
 *
 * LHC-Forms' files are served from disk by the test (page.route, on the app's own origin): nothing is
 * fetched off the test server, and the privacy guard fails the test on any other request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportBundle } from '../../src/results/share/fhir';
import { summarise } from '../../src/results/summary';
import type { Answers } from '../../src/instruments/types';
import { authored, context, EXPORT_CASES, mood } from '../support/fhir-cases';
import { LFORMS } from '../support/lforms-files.mjs';
import { pageDriver, walkCheckin } from '../support/walker';
import { LOINC_FORMS } from '../fixtures/loinc-forms';

const BASE = '/__lforms/';
const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.html': 'text/html' };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LHC-Forms round trip</title>
${LFORMS.styles.map((file) => `<link rel="stylesheet" href="${BASE}${file}">`).join('\n')}
</head><body><main><h1>LHC-Forms round trip</h1><div id="form"></div></main>
${LFORMS.scripts.map((file) => `<script src="${BASE}${file}"></script>`).join('\n')}
</body></html>`;

/** A page on the app's origin with LHC-Forms loaded, its files read from disk. */
async function openLForms(page: Page) {
  if (!LFORMS.files.every((file) => existsSync(join(LFORMS.dir, file)))) {
    throw new Error(`Missing: LHC-Forms ${LFORMS.version} in ${LFORMS.dir}. Run 'node scripts/ensure-lforms.mjs' (npm test does).`);
  }
  await page.route(`**${BASE}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(BASE.length);
    if (path === 'index.html') return route.fulfill({ contentType: 'text/html', body: PAGE });
    const file = join(LFORMS.dir, path);
    if (!path.startsWith('dist/') || path.includes('..') || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: CONTENT_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto(`${BASE}index.html`);
  await page.waitForFunction(() => typeof (window as { LForms?: { Util?: { addFormToPage?: unknown } } }).LForms?.Util?.addFormToPage === 'function');
}

/** The response LHC-Forms gives back after loading `response` into `form`. */
async function readBack(page: Page, form: Questionnaire, response: QuestionnaireResponse): Promise<QuestionnaireResponse> {
  return page.evaluate(
    async ([questionnaire, questionnaireResponse]) => {
      interface LFormsUtil {
        addFormToPage(form: unknown, element: HTMLElement, options: unknown): Promise<void>;
        getFormFHIRData(type: string, version: string, element: HTMLElement): unknown;
      }
      const { Util } = (window as unknown as { LForms: { Util: LFormsUtil } }).LForms;
      const element = document.getElementById('form')!;
      element.replaceChildren();
      await Util.addFormToPage(questionnaire, element, { questionnaireResponse });
      return Util.getFormFHIRData('QuestionnaireResponse', 'R4', element) as QuestionnaireResponse;
    },
    [form, response] as const,
  );
}

/** Each answered item's answers, by linkId, as compared: a coding by its code and display, a number as it is. */
function answersOf(response: QuestionnaireResponse): Record<string, unknown[]> {
  const flat = (items: readonly QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] => items.flatMap((item) => [item, ...flat(item.item)]);
  return Object.fromEntries(
    flat(response.item)
      .filter((item) => (item.answer ?? []).length > 0)
      .map((item) => [
        item.linkId,
        (item.answer ?? []).map((answer) =>
          answer.valueCoding ? { code: answer.valueCoding.code, display: answer.valueCoding.display } : (answer.valueDecimal ?? answer.valueInteger ?? answer.valueString),
        ),
      ]),
  );
}

/** LOINC's responses in a bundle (PHQ-9, GAD-7), each read back by LHC-Forms; prints and returns the counts. */
async function roundTrip(page: Page, bundle: Bundle, label: string) {
  const responses = (bundle.entry ?? []).map((entry) => entry.resource as QuestionnaireResponse).filter((response) => LOINC_FORMS[response.questionnaire ?? '']);
  for (const response of responses) {
    const form = LOINC_FORMS[response.questionnaire!]!;
    const sent = answersOf(response);
    const back = answersOf(await readBack(page, form, response));
    const totalItem = form.item?.find((item) => item.type === 'decimal')?.linkId ?? '';
    const answered = Object.keys(sent).filter((linkId) => linkId !== totalItem).length;
    const readAgain = Object.keys(sent).filter((linkId) => linkId !== totalItem && JSON.stringify(back[linkId]) === JSON.stringify(sent[linkId])).length;
    const total = sent[totalItem] === undefined ? 'none' : `${JSON.stringify(back[totalItem] ?? null)} of ${JSON.stringify(sent[totalItem])}`;
    console.log(`lforms ${LFORMS.version}: ${label}, ${form.title}: answers read back ${readAgain} of ${answered}; total ${total}`);
    expect(back, `${label}: ${form.title} as LHC-Forms reads it back`).toEqual(sent);
  }
  return responses.length;
}

/** Every item of the PHQ-9 (with question 10) and of the GAD-7 given each of its four answers in turn. */
function rotations(): Record<string, Answers> {
  return Object.fromEntries(
    [0, 1, 2, 3].map((shift) => [
      `rotation ${shift}`,
      {
        ...mood([0, 1, 2, 3, 0, 1, 2, 3, 0].map((value) => (value + shift) % 4)),
        'phq9-10': shift,
        'anxiety-consent': 1,
        ...Object.fromEntries([0, 1, 2, 3, 0, 1, 2].map((value, i) => [`gad7-${i + 1}`, (value + shift) % 4])),
        'substance-consent': 0,
      },
    ]),
  );
}

test.describe('the FHIR export read back by LHC-Forms', () => {
  test('the file the results page downloads: every PHQ-9 and GAD-7 answer and both totals come back from LOINC’s forms [H24]', async ({ page }) => {
    await page.goto('/check-in');
    // Item 9 above 0, question 10, a GAD-7 with item 2 at "More than half the days" (LOINC: "More days than not").
    const answers = {
      'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 3, 'phq9-5': 1, 'phq9-6': 2, 'phq9-7': 1, 'phq9-8': 0, 'phq9-9': 1, 'phq9-10': 2,
      'anxiety-consent': 1, 'gad7-1': 3, 'gad7-2': 2, 'gad7-3': 3, 'gad7-4': 1, 'gad7-5': 1, 'gad7-6': 0, 'gad7-7': 2,
      'substance-consent': 0,
    };
    await walkCheckin(pageDriver(page), { answers });
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    const share = page.getByRole('region', { name: 'Share with your clinic' });
    const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Download for my clinic’s records' }).click()]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as Bundle;

    await openLForms(page);
    expect(await roundTrip(page, bundle, 'downloaded')).toBe(2);
  });

  test('every answer of every item, a check-in with no GAD-7, and one left early (no total) come back as exported [H24]', async ({ page }) => {
    await openLForms(page);
    const cases = { ...rotations(), 'mood only': EXPORT_CASES['mood only']!, 'left early': EXPORT_CASES['left early']! };
    let responses = 0;
    for (const [label, answers] of Object.entries(cases)) responses += await roundTrip(page, exportBundle(answers, summarise(answers), authored, context), label);
    // 4 rotations × (PHQ-9 + GAD-7), the mood-only PHQ-9, and the PHQ-9 left early.
    expect(responses).toBe(10);
  });
});
