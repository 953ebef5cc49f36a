import type { Page } from '@playwright/test';
import { answer, declineAnxiety, expect, test } from './fixtures';

/**
 * The rows of issue 20's table, walked as a person would in the country named, asserting what they read.
 * The rules behind them hold for every answer (tests/property/whole-person.property.test.ts); these show
 * the wiring: questions asked, the page's text, the first screen.
 */

/** The mood part: items 1–8 with these answers, item 9 with `item9`; through crisis support when it comes. */
async function mood(page: Page, items: readonly string[], item9: string) {
  for (const label of items) await answer(page, label);
  await answer(page, item9);
  if (item9 !== 'Not at all') {
    await expect(page.getByRole('heading', { level: 1, name: 'You don’t have to face this alone' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue the check-in' }).click();
  }
  // Question 10 only when some answer was above "Not at all".
  if ([...items, item9].some((label) => label !== 'Not at all')) await answer(page, 'Somewhat difficult');
}

/** TAPS-1 from the substance intro: tobacco, (no alcohol amount), alcohol, drugs, prescription medicines. */
async function taps1(page: Page, drugs: string, rx: string) {
  await page.getByRole('button', { name: 'Answer these questions' }).click();
  await answer(page, 'Never');
  await page.getByRole('button', { name: 'Next' }).click();
  await answer(page, 'Never');
  await answer(page, drugs);
  await answer(page, rx);
}

const STREET = 'In the past 3 months, have you used fentanyl, or pills that did not come from a pharmacy?';
const results = (page: Page) => expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();

test.describe('next steps for the whole person', () => {
  test('US: thoughts of being better off dead, low mood (total 6) and heroin: one message, today; an overdose can be on purpose; how to start buprenorphine or methadone [H25]', async ({ page }) => {
    await page.goto('/check-in');
    await mood(page, ['Several days', 'Several days', 'Several days', 'Several days', 'Several days', 'Not at all', 'Not at all', 'Not at all'], 'Several days');
    await declineAnxiety(page);
    await taps1(page, 'Weekly', 'Never');
    for (const label of ['Yes', 'No', 'No']) await answer(page, label); // heroin: use, level 1
    await answer(page, 'No'); // fentanyl or pills
    for (const label of ['No', 'No', 'No', 'Yes', 'No']) await answer(page, label); // safety: has naloxone
    await results(page);

    // The first screen under the crisis panel: each part in one line, talking today first.
    const glance = page.getByRole('region', { name: 'Your results at a glance' });
    await expect(glance.getByRole('listitem').filter({ hasText: 'Mood:' })).toHaveText('Mood: PHQ-9 6 of 27, mild');
    await expect(glance.getByRole('listitem').filter({ hasText: 'Substance use:' })).toContainText('opioid use in the past 3 months');
    const steps = glance.getByRole('list').nth(1).getByRole('listitem');
    await expect(steps.first()).toHaveText('Talk with someone today about your thoughts of death or of hurting yourself.');
    await expect(steps.nth(1)).toHaveText('While you have these thoughts, put opioids and other medicines out of reach.');
    expect(await steps.count()).toBeLessThanOrEqual(3);

    const next = page.getByRole('region', { name: 'What you can do next' });
    await expect(next.getByRole('listitem').first()).toContainText('Talk with someone today about these thoughts');
    await expect(next.getByText(/Some overdoses are not accidents/)).toContainText('put opioids and other medicines out of reach, or ask someone you trust to keep them for you');
    await expect(next.getByText(/Some overdoses are not accidents/)).toContainText('Keep naloxone where others can find it');
    await expect(next.getByText(/Starting medicine in the US/)).toContainText('can prescribe buprenorphine, where state law allows');
    await expect(next.getByText(/Starting medicine in the US/)).toContainText('Methadone for opioid use disorder comes only from certified opioid treatment programs');
    // Nothing on the page says it can wait.
    await expect(page.locator('main')).not.toContainText(/can pass|Keep an eye|in the next 2 weeks|Check in again/);
  });

  test('US: severe anxiety (GAD-7 18) with low mood (PHQ-9 3), and prescription pills misused: a step about anxiety; the fentanyl question is asked [H26] [H7]', async ({ page }) => {
    await page.goto('/check-in');
    await mood(page, ['Several days', 'Several days', 'Several days', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all'], 'Not at all');
    await page.getByRole('button', { name: 'Answer 7 more questions' }).click();
    for (const label of ['Nearly every day', 'Nearly every day', 'Nearly every day', 'Nearly every day', 'Nearly every day', 'Nearly every day', 'Not at all']) await answer(page, label);
    await taps1(page, 'Never', 'Monthly');
    await answer(page, 'No'); // opioid pain relievers not as prescribed: no
    await expect(page.getByRole('heading', { level: 1, name: STREET })).toBeVisible();
    await answer(page, 'No');
    await results(page);

    const next = page.getByRole('region', { name: 'What you can do next' });
    await expect(next.getByText('Your anxiety answers are high enough to talk about with a clinician.', { exact: false })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('A score under 10 does not mean nothing is wrong');
    await expect(page.locator('main')).not.toContainText('Check in again');
    await expect(page.getByRole('region', { name: 'Your results at a glance' })).toContainText('See a doctor or other clinician about anxiety.');
  });

  test('US: drugs weekly, no heroin, no fentanyl: fentanyl turns up in other drugs, with naloxone and not using alone [H28]', async ({ page }) => {
    await page.goto('/check-in');
    await mood(page, Array(8).fill('Not at all'), 'Not at all');
    await declineAnxiety(page);
    await taps1(page, 'Weekly', 'Never');
    await answer(page, 'No'); // heroin
    await answer(page, 'No'); // fentanyl or pills
    await results(page);
    const tips = page.getByRole('region', { name: 'Staying safer' });
    await expect(tips.getByText('These tips come from your answers about drug use. They are not scored.')).toBeVisible();
    await expect(tips.getByText(/Fentanyl is also mixed into cocaine and meth, and pressed into fake pills/)).toBeVisible();
    await expect(tips.getByText(/Get naloxone and keep it with you/)).toBeVisible();
    await expect(tips.getByText(/Try not to use alone/)).toBeVisible();
  });

  test('UK: heroin: the UK’s own facts (nitazenes, self-referral, NHS), never “Narcan” [H27]', async ({ page }) => {
    await page.goto('/en-gb/check-in');
    await mood(page, Array(8).fill('Not at all'), 'Not at all');
    await declineAnxiety(page);
    await taps1(page, 'Weekly', 'Never');
    for (const label of ['Yes', 'Yes', 'No']) await answer(page, label);
    await answer(page, 'No');
    await expect(page.getByRole('heading', { level: 1, name: 'Do you have naloxone with you or at home?' })).toHaveCount(0);
    for (const label of ['No', 'No']) await answer(page, label);
    await expect(page.getByRole('heading', { level: 1, name: /treatment, hospital or prison\)\?$/ })).toBeVisible();
    await answer(page, 'No');
    await expect(page.getByRole('heading', { level: 1, name: 'Do you have naloxone with you or at home?' })).toBeVisible();
    await answer(page, 'No');
    await answer(page, 'No');
    await results(page);
    await expect(page.getByText(/Starting medicine in the UK: many drug services let you refer yourself, without seeing a GP first/)).toBeVisible();
    await expect(page.getByText(/nitazenes have been found in heroin and in fake tablets/)).toBeVisible();
    await expect(page.getByText(/drug services, and pharmacists, can give you naloxone without a prescription/)).toBeVisible();
    await expect(page.getByText(/put them in the recovery position: on their side/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Narcan');
    await expect(page.locator('main')).not.toContainText(/xylazine|fentanyl test strips/i);
  });

  test('a family member: the recovery position; an overdose can be on purpose and naloxone still works; how to start treatment where they live; Narcan only in the US and Canada [H27]', async ({ page }) => {
    await page.goto('/family');
    // Signs of an overdose and of suicidal thoughts bring their emergency steps.
    await page.getByRole('checkbox', { name: /Won’t wake up or answer you/ }).check();
    await page.getByRole('checkbox', { name: /Says they want to die or kill themselves/ }).check();
    await expect(page.getByText('If they are breathing, put them in the recovery position', { exact: false })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('rescue position');
    await expect(page.getByText(/An overdose can be on purpose/)).toContainText('help them put opioids and other medicines out of reach');
    await expect(page.getByText(/It works in any opioid overdose, on purpose or not/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to start treatment with medicine' })).toBeVisible();
    await expect(page.getByText(/Give naloxone \(Narcan\) if you have it/)).toBeVisible();

    await page.goto('/en-mx/family');
    await page.getByRole('checkbox', { name: /Won’t wake up or answer you/ }).check();
    await expect(page.locator('main')).not.toContainText('Narcan');
    await expect(page.getByText(/In Mexico, only hospitals and ambulances can give naloxone/)).toBeVisible();
    await expect(page.getByText(/Centros de Atención Primaria en Adicciones \(CAPA\) give free, brief outpatient care/)).toBeVisible();
  });

  test('clinicians: for UK links, a positive item 9 follows NICE NG225 (no risk scales); the US keeps the ASQ / C-SSRS pathway with its sources [H27]', async ({ page }) => {
    await page.goto('/en-gb/clinicians');
    const scoring = page.getByRole('list').filter({ hasText: 'PHQ-9 total 0–27' });
    await expect(scoring.getByText(/In the UK, follow NICE NG225/)).toContainText('Do not use risk assessment tools or scales');
    await expect(page.locator('main')).not.toContainText(/ASQ|C-SSRS|Joint Commission/);
    await expect(page.getByRole('link', { name: 'https://www.nice.org.uk/guidance/ng225' })).toBeVisible();
    await page.goto('/clinicians');
    await expect(page.getByText(/the ASQ Brief Suicide Safety Assessment or the Columbia Suicide Severity Rating Scale/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NG225');
  });
});
