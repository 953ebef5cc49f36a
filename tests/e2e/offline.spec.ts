import { answer, expect, expectNothingStored, test } from './fixtures';

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker precaches everything from this origin; the whole check-in and the Learn pages work offline [H9] [H18]', { tag: '@nginx' }, async ({ page, context }) => {
    const swRequests: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) swRequests.push(request.url());
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Installed and activated (precache complete), then a reload puts the page under its control.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
      }
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    expect(swRequests.length, 'the service worker fetched the app to precache it').toBeGreaterThan(20);
    expect(swRequests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();

    // A whole check-in, offline.
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    for (let i = 0; i < 8; i++) await answer(page, 'Several days');
    await answer(page, 'Not at all');
    await answer(page, 'Somewhat difficult');
    await page.getByRole('button', { name: 'Skip these questions' }).click();
    await page.getByRole('button', { name: 'Answer these questions' }).click();
    await answer(page, 'Never');
    await page.getByRole('button', { name: 'Next' }).click();
    for (let i = 0; i < 3; i++) await answer(page, 'Never');
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    await expect(page.getByText('Your total score is 8 out of 27.')).toBeVisible();
    await expectNothingStored(page);

    // A prerendered page, a check-in step by its own URL, and Spanish, all offline.
    await page.goto('/learn/opioids-and-mood');
    await expect(page.getByRole('heading', { level: 1, name: 'Opioids and mood' })).toBeVisible();
    await page.goto('/es-us/check-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Poco interés o placer en hacer cosas' })).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('offline in another version', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit to es-ES, its pages work offline, with Spain’s numbers [H9]', async ({ page, context }) => {
    await page.goto('/es-es/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
      }
    });
    // The pages of the version being read were cached at install (not those of the other nine).
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('pages-'));
      const keys = names.length ? await (await caches.open(names[0]!)).keys() : [];
      return keys.map((request) => new URL(request.url).pathname);
    });
    expect(cached).toContain('/es-es/learn/getting-help.html');
    expect(cached.every((path) => path.startsWith('/es-es/')), 'only es-ES pages').toBe(true);

    await context.setOffline(true);
    await page.goto('/es-es/learn/getting-help');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-ES');
    await expect(page.locator('.crisis-bar a[href="tel:024"]')).toBeVisible();
    await expect(page.locator('a[href="tel:988"], a[href="tel:911"]')).toHaveCount(0);
    await page.goto('/es-es/check-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Poco interés o placer en hacer cosas' })).toBeVisible();
    await expect(page.locator('.crisis-bar a[href="tel:112"]')).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('removing the offline copy', () => {
  test.use({ serviceWorkers: 'allow' });

  test('“Remove the offline copy” unregisters the service worker and deletes its caches', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
      }
    });
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    await page.goto('/staying-private');
    await page.getByRole('button', { name: 'Remove the offline copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The offline copy has been removed from this browser.' })).toBeVisible();
    expect(await page.evaluate(async () => ({ workers: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length }))).toEqual({ workers: 0, caches: 0 });
  });
});
