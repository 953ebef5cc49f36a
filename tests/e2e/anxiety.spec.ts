import { answer, expect, expectNothingStored, localeText, test } from './fixtures';

/** The optional GAD-7: offered after the mood part, added by a clinic's link, never asked in Spanish. */
test.describe('the optional anxiety questions (GAD-7)', () => {
  test('offered after the mood part with a plain choice; taken up, they show a total and band on the same scale [H5] [H14] [H22]', async ({ page, axe }) => {
    await page.goto('/check-in');
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');

    const offer = page.getByRole('heading', { level: 1, name: '7 more questions about anxiety?' });
    await expect(offer).toBeFocused();
    await expect(page.getByText('It takes about 1 minute.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leave this site' })).toBeInViewport();
    await axe();
    await page.getByRole('button', { name: 'Answer 7 more questions' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Feeling nervous, anxious, or on edge' })).toBeFocused();
    await expect(page.getByText('Anxiety: question 1 of 7')).toBeVisible();
    await expect(page.getByRole('group', { name: /Over the last 2 weeks, how often have you been bothered/ })).toBeVisible();
    await expect(page).toHaveTitle('Your check-in – Private check-in');
    await axe();
    // 3 + 3 + 2 + 2 + 2 + 1 + 3 = 16: severe.
    for (const label of ['Nearly every day', 'Nearly every day', 'More than half the days', 'More than half the days', 'More than half the days', 'Several days', 'Nearly every day']) {
      await answer(page, label);
    }
    await page.getByRole('button', { name: 'Skip this part' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    const anxiety = page.getByRole('region', { name: 'Anxiety' });
    await expect(anxiety.getByText('Your total score is 16 out of 21.')).toBeVisible();
    await expect(anxiety.getByText(/in the range that clinicians call/)).toContainText('severe');
    await expect(anxiety.getByRole('img', { name: /Your score, 16, is marked in the severe range/ })).toBeVisible();
    // Severe anxiety changes the next steps: see a clinician about it, no "check in again" [H26]. The
    // anxiety–withdrawal note is for opioid use only (the substance part was skipped).
    await expect(page.getByRole('region', { name: 'What you can do next' }).getByText(/Make an appointment with a doctor, nurse or other clinician about anxiety/)).toBeVisible();
    await expect(page.getByText(/Check in again in 2 weeks/)).toHaveCount(0);
    await expect(anxiety.getByText(/29 in every 100 people with opioid use disorder had anxiety/)).toHaveCount(0);
    // The licence line is shown once for both questionnaires.
    await expect(page.getByText(/No permission required to reproduce/)).toHaveCount(1);
    await expect(page.getByText('These results are not a diagnosis', { exact: false })).toBeVisible();
    await axe();
    await expectNothingStored(page);
  });

  test('declined, nothing about anxiety is asked or shown', async ({ page }) => {
    await page.goto('/check-in');
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    await page.getByRole('button', { name: 'Skip these questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Questions about substance use' })).toBeFocused();
    await page.getByRole('button', { name: 'Skip this part' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Anxiety' })).toHaveCount(0);
  });

  test('a clinician’s link adds them: asked straight after the mood part, with no offer to skip', async ({ page }) => {
    await page.goto('/clinicians');
    await page.getByRole('checkbox', { name: 'Anxiety: GAD-7 (7 questions, English only)' }).check();
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link for patients' }).inputValue();
    expect(new URL(link).searchParams.get('add')).toBe('gad7');

    await page.goto(link);
    await expect(page.getByText(/Anxiety, if you choose: 7 more questions/)).toBeVisible();
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    await expect(page.getByRole('heading', { level: 1, name: 'Feeling nervous, anxious, or on edge' })).toBeFocused();
    await expect(page.getByRole('heading', { name: '7 more questions about anxiety?' })).toHaveCount(0);
  });

  test('in Spanish they are never shown; a Spanish clinic link that asks for them gets a short note instead [H15]', async ({ page, axe }) => {
    await page.goto('/es-us/?add=gad7');
    const note = localeText('common:settingsNotice.notInLanguage', 'es').replace('{{name}}', 'GAD-7');
    await expect(page.getByRole('status').filter({ hasText: note })).toBeVisible();
    await axe();
    await page.getByRole('link', { name: localeText('common:start.startButton', 'es') }).click();
    for (let i = 0; i < 9; i++) await answer(page, 'Ningún día', localeText('checkin:next', 'es'));
    await expect(page.getByRole('heading', { level: 1, name: localeText('checkin:intro.substance.title', 'es') })).toBeFocused();
    await expect(page.getByText(/ansiedad/i)).toHaveCount(0);
    await expect(page.getByText(/nervous|anxious/i)).toHaveCount(0);
  });
});
