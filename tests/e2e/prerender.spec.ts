import { expect, test } from './fixtures';
import { PRERENDERED } from '../../src/app/routes';
import { pathIn, VERSIONS } from '../../src/lib/versions';

// Every prerendered page of the default version, and a reading page and an app page of every other one.
const APP_PAGES = [
  ...PRERENDERED.filter((route) => !route.lite).map((route) => route.path),
  ...VERSIONS.slice(1).map((version) => pathIn(version, '/family')),
];
const READING_PAGES = [
  ...PRERENDERED.filter((route) => route.lite).map((route) => route.path),
  ...VERSIONS.slice(1).map((version) => pathIn(version, '/')),
];

test.describe('prerendered pages', () => {
  for (const route of READING_PAGES) {
    test(`${route} is a reading page: complete in its HTML, with no framework loaded, and Shift ×3 works`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.crisis-bar a[href^="tel:"]').first()).toBeVisible();
      // Only the small entry script: no React, no i18next.
      expect(scripts).toHaveLength(1);
      expect(await page.locator('main h1').evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')))).toBe(false);
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(/press 2 more times|presione 2 veces más/);
    });
  }

  for (const route of APP_PAGES) {
    test(`${route} is readable before any script runs, then hydrated in place (no mismatch)`, async ({ page }) => {
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
      await expect(heading).toBeVisible();
      await expect(page.locator('.crisis-bar a[href^="tel:"]').first()).toBeVisible();
      await heading.evaluate((el) => el.setAttribute('data-test-prerendered', 'yes'));

      release();
      // Hydrated: React has attached to the very element the server rendered (a client render would
      // have replaced it). Any hydration mismatch is a console error, which fails the test (fixtures.ts).
      await expect
        .poll(() => heading.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber'))))
        .toBe(true);
      await expect(heading).toHaveAttribute('data-test-prerendered', 'yes');
    });
  }

  test('a Spanish page is Spanish in its very first HTML, and an app page hydrates without a mismatch', async ({ page, request }) => {
    const html = await (await request.get('/es-us/')).text();
    expect(html).toMatch(/<html lang="es-US"/);
    expect(html).toMatch(/<h1[^>]*>Un chequeo privado sobre el estado de ánimo y el consumo de sustancias<\/h1>/);
    await page.goto('/es-us/family');
    await expect(page.locator('main h1')).toHaveText('Me preocupa alguien');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect.poll(() => page.locator('main h1').evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  });

  for (const [path, heading, line] of <[string, string, string][]>[
    ['/', 'A private check-in on mood and substance use', 'tel:988'],
    ['/en-gb/', 'A private check-in on mood and substance use', 'tel:116123'],
    ['/es-es/', 'Un chequeo privado sobre el estado de ánimo y el consumo de sustancias', 'tel:024'],
    ['/es-mx/', 'Un chequeo privado sobre el estado de ánimo y el consumo de sustancias', 'tel:8009112000'],
  ]) {
    test(`${path}: the heading, the country's crisis line and the start button are in the first 14 KB of the HTML`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const first = html.slice(0, 14 * 1024).replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
      expect(first).toContain(`>${heading}</h1>`);
      expect(first).toMatch(new RegExp(`href="${line}"`));
      expect(first).toMatch(/href="[^"]*\/check-in"[^>]*>[^<]*(Start the check-in|Empezar el chequeo)/);
    });
  }
});
