import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PRERENDERED } from '../../src/app/routes';
import { pathIn, VERSIONS } from '../../src/visit/versions';

// Every prerendered page of the default version, and a reading page and an app page of every other one.
const APP_PAGES = [
  ...PRERENDERED.filter((route) => !route.lite).map((route) => route.path),
  ...VERSIONS.slice(1).map((version) => pathIn(version, '/family')),
];
const READING_PAGES = [
  ...PRERENDERED.filter((route) => route.lite).map((route) => route.path),
  ...VERSIONS.slice(1).map((version) => pathIn(version, '/')),
];

/** Whether React has attached to the page's main heading (hydrated in place, or rendered by the app). */
const hydrated = (page: Page) => page.locator('main h1').evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')));

test.describe('prerendered pages', () => {
  // Pages in a few tests of their own, each going through its pages in one tab (a page load each, with a
  // budget sized to them), rather than one test and one browser context per page.
  const groups = <T,>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

  for (const pages of groups(READING_PAGES, 8)) {
    test(`reading pages are complete in their HTML, with no framework loaded, and Shift ×3 works: ${pages.join(' ')}`, async ({ page }) => {
      test.setTimeout(10_000 + pages.length * 4_000);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      for (const route of pages) {
        scripts.length = 0;
        await page.goto(route);
        await expect(page.locator('main h1'), route).toBeVisible();
        await expect(page.locator('.crisis-bar a[href^="tel:"]').first(), route).toBeVisible();
        // Only the small entry script: no React, no i18next.
        expect(scripts, route).toHaveLength(1);
        expect(await hydrated(page), route).toBe(false);
        await page.keyboard.press('Shift');
        await expect(page.locator('[data-quick-exit-status]'), route).toHaveText(/press 2 more times|presione 2 veces más|appuyez encore 2 fois/);
      }
    });
  }

  for (const pages of groups(APP_PAGES, 7)) {
    test(`app pages are readable before any script runs, then hydrated in place (no mismatch): ${pages.join(' ')}`, async ({ page }) => {
      test.setTimeout(10_000 + pages.length * 5_000);
      for (const route of pages) {
        // Hold the app's script back: what shows meanwhile is the prerendered HTML alone.
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/assets\/index-[^/]+\.js$/, async (intercepted) => {
          await released;
          await intercepted.continue();
        });
        // 'commit': DOMContentLoaded itself waits for the (held) module script.
        await page.goto(route, { waitUntil: 'commit' });
        const heading = page.locator('main h1');
        await expect(heading, route).toBeVisible();
        await expect(page.locator('.crisis-bar a[href^="tel:"]').first(), route).toBeVisible();
        await heading.evaluate((el) => el.setAttribute('data-test-prerendered', 'yes'));
        release();
        // Hydrated: React has attached to the very element the server rendered (a client render would
        // have replaced it). Any hydration mismatch is a console error, which fails the test (fixtures.ts).
        await expect.poll(() => hydrated(page), { message: route }).toBe(true);
        await expect(heading, route).toHaveAttribute('data-test-prerendered', 'yes');
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      }
    });
  }

  test('a Spanish page is Spanish in its very first HTML, and an app page hydrates without a mismatch', async ({ page, request }) => {
    const html = await (await request.get('/es-us/')).text();
    expect(html).toMatch(/<html lang="es-US"/);
    expect(html).toMatch(/<h1[^>]*>Un chequeo privado sobre el estado de ánimo y el consumo de sustancias<\/h1>/);
    await page.goto('/es-us/family');
    await expect(page.locator('main h1')).toHaveText('Me preocupa alguien');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect.poll(() => hydrated(page)).toBe(true);
  });

  // The heading, the country's crisis line and the start button in the first 14 KB of every version's
  // start page: measured by the bench (scripts/bench.mjs --budget), which npm test runs.

  test('the site’s 404 page (for hosts with one 404 page): no script, each version’s crisis line under its country, one tap from the top', async ({ page, axe }) => {
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
    await page.goto('/404.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found · No se encontró la página · Page introuvable');
    const uk = page.getByRole('region', { name: 'United Kingdom (English)' });
    await expect(uk.getByText('Samaritans')).toBeVisible();
    await expect(uk.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(uk.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/en-gb/');
    await expect(page.getByRole('region', { name: 'México (Español)' }).getByRole('link', { name: 'Ir a la página de inicio' })).toHaveAttribute('href', '/es-mx/');
    const canadaFr = page.getByRole('region', { name: 'Canada (Français)' });
    await expect(canadaFr.locator('a[href="tel:988"]')).toBeVisible();
    await expect(canadaFr.locator('a[href="tel:18662773553"]')).toBeVisible();
    await expect(canadaFr.locator('a[href="/fr-ca/"]')).toBeVisible();
    // Each country's line only in its own block: 988 is the US's and Canada's, never the UK's.
    await expect(uk.getByText(/988/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Canada (English)' }).click();
    await expect(page).toHaveURL(/#help-en-ca$/);
    expect(scripts).toEqual([]);
    await axe();
  });
});

test.describe('the check-in paints before JavaScript', () => {
  const Q1 = 'Little interest or pleasure in doing things';
  const Q2 = 'Feeling down, depressed, or hopeless';

  test('an answer and Next tapped before the app has loaded are kept, and no answer reaches the address [H33]', async ({ page }) => {
    // Hold the app back, as a slow phone would: the tap lands on the prerendered question.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested!: () => void;
    const entryRan = new Promise<void>((resolve) => (requested = resolve));
    await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
      requested();
      await released;
      await route.continue();
    });
    await page.goto('/check-in', { waitUntil: 'commit' });
    const q1 = page.getByRole('heading', { level: 1, name: Q1 });
    await expect(q1).toBeVisible();
    await expect(page.getByText('Mood: question 1 of 9')).toBeVisible();
    // The entry script has run (it asks for the app after the first paint), the app has not.
    await entryRan;
    await page.getByRole('radio', { name: 'Several days' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Nothing happened yet, and nothing was sent: the address is the check-in's, with no answer in it.
    await expect(q1).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    release();
    // The app took over and sent the held tap: the second question, the first answer kept.
    await expect(page.getByRole('heading', { level: 1, name: Q2 })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: Q1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Several days' })).toBeChecked();
  });

  test('Next tapped before even the entry script has run is kept too, and sends nothing anywhere [H33]', async ({ page }) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/check-in', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: Q1 })).toBeVisible();
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('radio', { name: 'Nearly every day' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Held by the page's own few inline lines: no answer in the address or the history, nothing sent.
    await page.waitForTimeout(300);
    await expect(page.getByRole('heading', { level: 1, name: Q1 })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    release();
    await expect(page.getByRole('heading', { level: 1, name: Q2 })).toBeVisible();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
  });
});
