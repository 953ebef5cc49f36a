import { readFileSync, writeFileSync } from 'node:fs';
import { answer, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const SW = 'dist/sw.js';

async function controlled(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
    }
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test.describe('updates reach people', () => {
  test.use({ serviceWorkers: 'allow' });
  const original = readFileSync(SW, 'utf8');
  test.afterEach(() => writeFileSync(SW, original));

  test('a changed number: the start page shows it on the next load; a check-in in progress is offered the update and keeps its answers [H8] [H9]', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await controlled(page);

    // A check-in in progress, in a second tab.
    const checkin = await context.newPage();
    await checkin.goto(`${baseURL}/check-in`);
    await answer(checkin, 'Several days');
    await answer(checkin, 'More than half the days');
    await expect(checkin.getByText('Mood: question 3 of 9')).toBeVisible();
    await checkin.waitForLoadState('load');
    await expect.poll(() => checkin.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // A new version is deployed: a new service worker, and the start page's crisis number changed.
    writeFileSync(SW, `${original}\n// a new build\n`);
    await context.route(`${baseURL}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll('Call or text 988', 'Call or text 988 (updated)') });
    });

    // The check-in tab learns of the new version (an open page asks every hour and when it comes back into
    // view; here, at once): it offers it, and the answers are still there.
    await checkin.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(checkin.getByRole('status').filter({ hasText: 'A new version of this site is ready.' })).toBeVisible({ timeout: 15_000 });
    await expect(checkin.getByRole('button', { name: 'Load the new version now' })).toBeVisible();
    await expect(checkin.getByText('Mood: question 3 of 9')).toBeVisible();

    // The start page, with no answers on it, took the new version at once and loaded again: the new words
    // (pages come from the network first).
    await expect(page.getByRole('link', { name: 'Call or text 988 (updated)' })).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 15_000 }).toBe(false);

    // The check-in in the other tab was not reloaded: its answers are all there.
    await checkin.locator('main').getByRole('link', { name: 'Back' }).click();
    await expect(checkin.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
    // When the person chooses, the new version loads (and the check-in starts again, as the button says).
    await checkin.getByRole('button', { name: 'Load the new version now' }).click();
    await expect(checkin.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
    await expect(checkin.getByRole('radio', { name: 'Several days' })).not.toBeChecked();
  });
});
