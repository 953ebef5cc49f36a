import { answer, declineAnxiety, expect, expectNothingStored, skipSubstance, test } from './fixtures';

test.describe('the mood check-in in a real browser', () => {
  test('start page says what this is, shows crisis contacts and one primary action', { tag: '@layout' }, async ({ page, axe }) => {
    await page.goto('/');
    // The start page's title is the site's neutral name: it is what the browser's history keeps.
    await expect(page).toHaveTitle('Private check-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A private check-in on mood and substance use');
    await expect(page.getByText('It is not a diagnosis.')).toBeVisible();
    await expect(page.getByText('Your answers stay on this device.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Chat at 988lifeline.org' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: 'Start the check-in' })).toBeVisible();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'.*object-src 'none'.*base-uri 'none'/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await axe();
  });

  test('whole flow with item 9 above 0: error, crisis panel, results, review, delete [H1] [H12] [H18]', { tag: '@layout' }, async ({ page, axe }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the check-in' }).click();

    // The start page is a reading page: Start loads the check-in as a new page (focus starts at the top,
    // as on any page load); within the check-in, focus moves to each new question's heading.
    const q1 = page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' });
    await expect(q1).toBeVisible();
    await expect(page.getByText('Mood: question 1 of 9')).toBeVisible();
    // One neutral title for every screen of the check-in.
    await expect(page).toHaveTitle('Your check-in – Private check-in');
    await axe();

    // Next without an answer: error summary, focused, linked to the first radio.
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page).toHaveTitle('Error: Your check-in – Private check-in');
    await axe();
    await summary.getByRole('link').click();
    await expect(page.getByRole('radio', { name: 'Not at all' })).toBeFocused();

    const values = ['More than half the days', 'More than half the days', 'Several days', 'Nearly every day', 'Several days', 'More than half the days', 'Several days', 'Not at all'];
    for (const label of values) await answer(page, label);
    await answer(page, 'Several days');

    // Crisis support at once, before question 10.
    await expect(page.getByRole('heading', { level: 1, name: 'You don’t have to face this alone' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Text HOME to 741741' })).toBeVisible();
    await expect(page.getByText('If you or someone else is in immediate danger, call 911.')).toBeVisible();
    await axe();
    await page.getByRole('button', { name: 'Continue the check-in' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('how difficult have these problems made it');
    await answer(page, 'Very difficult');
    await declineAnxiety(page);
    await skipSubstance(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Support is available now' })).toBeVisible();
    // 2+2+1+3+1+2+1+0+1 = 13 → moderate
    await expect(page.getByText('Your total score is 13 out of 27.')).toBeVisible();
    await expect(page.getByText('Your answers are in the range that clinicians call moderate.')).toBeVisible();
    await expect(page.getByRole('img', { name: /Your score, 13, is marked in the moderate range/ })).toBeVisible();
    await expect(page.getByText(/These results are not a diagnosis/)).toBeVisible();
    await expect(page.getByText('You said these problems have made everyday life: Very difficult.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 1-800-662-4357' })).toBeVisible();
    await axe();

    // Change one answer from the review list.
    await page.getByRole('link', { name: 'Change your answer to Mood (PHQ-9) question 4' }).click();
    await expect(page.getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
    await answer(page, 'Not at all', 'Save and return to my results');
    await expect(page.getByText('Your total score is 10 out of 27.')).toBeVisible();

    await expectNothingStored(page);

    await page.getByRole('button', { name: 'Delete my answers and start over' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();
    // An old link to the results (from before the check-in lived at one address) starts the check-in.
    await page.goto('/check-in/results');
    await expect(page).toHaveURL(/\/check-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
  });

  test('all "Not at all": no question 10, minimal, crisis contacts still there', { tag: '@nginx' }, async ({ page }) => {
    await page.goto('/check-in');
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    await declineAnxiety(page);
    await skipSubstance(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByText('Your total score is 0 out of 27.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Support is available now' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
    await expectNothingStored(page);
  });

  test('works with the keyboard alone [H22]', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.getByRole('link', { name: 'Start the check-in' }).focus();
    await page.keyboard.press('Enter');
    // A new page: the skip link is the first stop, and leads to the question.
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    for (let i = 0; i < 9; i++) {
      const question = await page.locator('main h1').textContent();
      await page.keyboard.press('Tab'); // first radio
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab'); // Next
      await page.keyboard.press('Enter');
      // As a person would, the next key waits for the next question (the first is prerendered: its Next
      // is sent once the app has taken over).
      await expect(page.locator('main h1')).not.toHaveText(question ?? '');
    }
    // The anxiety offer, then the substance intro: Tab to the second button, "Skip…", each time.
    await expect(page.getByRole('heading', { level: 1, name: '7 more questions about anxiety?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip these questions' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Questions about substance use' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip this part' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByText('Your total score is 0 out of 27.')).toBeVisible();
  });

  test('reloading empties the answers and starts again at the first question; an old link to a question does too [H12]', async ({ page }) => {
    await page.goto('/check-in');
    await answer(page, 'Several days');
    await answer(page, 'Several days');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Several days' })).not.toBeChecked();
    await page.goto('/check-in/phq9-6');
    await expect(page).toHaveURL(/\/check-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
  });

  test('staying private: the page explains what the browser keeps, and removes the offline copy', async ({ page, axe }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Before you start: staying private' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Before you start: staying private' })).toBeVisible();
    for (const heading of ['Use a private window', 'Delete just this site from your history', 'Recently closed tabs', 'History on your other devices', 'Remove the offline copy', 'Leave quickly']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await axe();
    await page.getByRole('button', { name: 'Remove the offline copy' }).click();
    // Service workers are blocked in this test: there is nothing to remove, and it says so.
    await expect(page.getByRole('status').filter({ hasText: 'There is no offline copy of this site in this browser.' })).toBeVisible();
  });

  test('privacy page explains storage, sending, history and leaving quickly', async ({ page, axe }) => {
    await page.goto('/privacy');
    await expect(page.getByRole('heading', { level: 1, name: 'Your privacy' })).toBeVisible();
    for (const heading of ['What is stored', 'What is sent', 'What your browser may still keep', 'How to browse privately', 'Leaving quickly']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await axe();
  });

  test('an unknown page says so and keeps the crisis contacts', async ({ page, axe }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
    await axe();
  });
});
