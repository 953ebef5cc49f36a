import { answer, answerMood, expect, expectNothingStored, test } from './fixtures';

test.describe('substance use and overdose safety', () => {
  test('no substance use: four Nevers, no follow-ups, results say so', async ({ page, axe }) => {
    await page.goto('/check-in');
    await answerMood(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Questions about substance use' })).toBeVisible();
    await expect(page.getByText('It takes about 2 minutes.')).toBeVisible();
    await axe();
    await page.getByRole('button', { name: 'Answer these questions' }).click();

    await expect(page.getByText('Substance use: question 1 of 4')).toBeVisible();
    await expect(page.getByText('In the PAST 12 MONTHS:')).toBeVisible();
    await axe();
    await answer(page, 'Never');
    await expect(page.getByRole('heading', { level: 1, name: /which amount should we ask about/ })).toBeVisible();
    await axe();
    await page.getByRole('button', { name: 'Next' }).click(); // no choice: 4 or more
    await expect(page.getByRole('heading', { level: 1, name: /4 or more drinks containing alcohol/ })).toBeVisible();
    await answer(page, 'Never');
    await answer(page, 'Never');
    await answer(page, 'Never');

    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    const substance = page.getByRole('region', { name: 'Substance use' });
    await expect(substance.getByText('No use')).toHaveCount(4);
    await expect(substance.getByText(/Heroin/)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Staying safer' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your mood and opioid use' })).toHaveCount(0);
    await axe();
    await expectNothingStored(page);
  });

  test('heroin with two yes answers and no naloxone: higher risk, naloxone tip, mood and opioids linked', async ({ page, axe }) => {
    await page.goto('/check-in');
    await answerMood(page, ['Several days', 'More than half the days', 'Several days', 'Several days', 'Not at all', 'Several days', 'Not at all', 'Not at all', 'Not at all']);
    await page.getByRole('button', { name: 'Answer these questions' }).click();
    await answer(page, 'Weekly'); // tobacco
    await page.getByRole('button', { name: 'Next' }).click(); // alcohol amount: none
    await answer(page, 'Never'); // alcohol
    await answer(page, 'Weekly'); // drugs
    await answer(page, 'Never'); // rx

    await expect(page.getByRole('heading', { level: 1, name: 'In the PAST 3 MONTHS, did you use heroin?' })).toBeVisible();
    await axe();
    await answer(page, 'Yes');
    await answer(page, 'Yes');
    await answer(page, 'No');
    await expect(page.getByRole('heading', { level: 1, name: 'In the past 3 months, have you used fentanyl, or pills that did not come from a pharmacy?' })).toBeVisible();
    await answer(page, 'No');

    await expect(page.getByText('Staying safe: question 1 of 5')).toBeVisible();
    await expect(page.getByText('They are not scored', { exact: false })).toBeVisible();
    await axe();
    await answer(page, 'Yes'); // alone
    await answer(page, 'No'); // mixing
    await answer(page, 'No'); // break
    await answer(page, 'No'); // naloxone
    await answer(page, 'Not sure'); // fentanyl

    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByText('Your answers are in the range that clinicians call mild.')).toBeVisible();
    await expect(page.getByText(/use in the past 3 months that has been hard to control or that others have noticed/)).toBeVisible();
    await expect(page.getByText('Score: 2 of 3')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your mood and opioid use' })).toBeVisible();
    await expect(page.getByText(/The two are often found together, and the link can run both ways/)).toBeVisible();
    await expect(page.getByText(/Get naloxone and keep it with you/)).toBeVisible();
    await expect(page.getByText(/buy Narcan nasal spray without a prescription/)).toBeVisible();
    await expect(page.getByText(/Try not to use alone/)).toBeVisible();
    await expect(page.getByText(/A negative strip is not a guarantee/)).toBeVisible();
    await expect(page.getByText(/Ask a clinician about medicines for opioid use disorder/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 1-800-662-4357' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Visit FindTreatment.gov' })).toBeVisible();

    // Every citation on the page points at a listed source with a link.
    const citations = page.locator('sup.citation a');
    const count = await citations.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const target = await citations.nth(i).getAttribute('href');
      await expect(page.locator(`${target} a[href^="https://"]`)).toHaveCount(1);
    }
    await axe();
    await expectNothingStored(page);
  });

  test('prescription opioids with one yes: worth talking about with a clinician', async ({ page }) => {
    await page.goto('/check-in');
    await answerMood(page);
    await page.getByRole('button', { name: 'Answer these questions' }).click();
    await answer(page, 'Never');
    await page.getByRole('button', { name: 'Next' }).click();
    await answer(page, 'Never');
    await answer(page, 'Never'); // drugs: no heroin questions
    await answer(page, 'Monthly'); // rx
    await expect(page.getByText('About opioid pain relievers: question 1 of 3')).toBeVisible();
    await answer(page, 'Yes');
    await answer(page, 'No');
    await answer(page, 'No');
    // Prescription misuse brings the question on fentanyl or pills not from a pharmacy too [H7].
    await expect(page.getByRole('heading', { level: 1, name: 'In the past 3 months, have you used fentanyl, or pills that did not come from a pharmacy?' })).toBeVisible();
    await answer(page, 'No');
    for (const label of ['No', 'No', 'Yes', 'Yes']) await answer(page, label);
    await answer(page, 'No');

    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByText('Opioid pain relievers not as prescribed, past 3 months')).toBeVisible();
    await expect(page.getByText('Your answers show some use in the past 3 months. This is worth talking about with a clinician.')).toBeVisible();
    await expect(page.getByText('Score: 1 of 3')).toBeVisible();
    await expect(page.getByText(/After a break, your body can handle much less than before/)).toBeVisible();
    await expect(page.getByText(/Keep your naloxone where others can find it/)).toBeVisible();
    await expect(page.getByText(/Fentanyl is often mixed into heroin/)).toBeVisible();
    // How to start medicine in the US, for opioid use by any route.
    await expect(page.getByText(/Starting medicine in the US: doctors and other prescribers whose DEA registration covers it/)).toBeVisible();
    // Mood minimal: the "linked" section is not shown.
    await expect(page.getByRole('heading', { name: 'Your mood and opioid use' })).toHaveCount(0);
    await expectNothingStored(page);
  });

  test('skipping the part: results say it was not answered and offer to answer it', async ({ page }) => {
    await page.goto('/check-in');
    await answerMood(page);
    await page.getByRole('button', { name: 'Skip this part' }).click();
    await expect(page.getByText('You chose to skip the questions about substance use.')).toBeVisible();
    await page.getByRole('link', { name: 'Answer the substance use questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Questions about substance use' })).toBeVisible();
  });
});
