import { expect, test } from './fixtures';

const ROUTES = [
  '/',
  '/privacy',
  '/learn',
  '/learn/opioids-and-the-brain',
  '/learn/what-is-depression',
  '/learn/opioids-and-mood',
  '/learn/what-research-shows',
  '/learn/treatment-and-safety',
  '/learn/getting-help',
  '/clinicians',
  '/family',
];

test.describe('prerendered pages', () => {
  for (const route of ROUTES) {
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
      await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
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

  test('a Spanish visitor gets the prerendered page, then Spanish, without a mismatch', async ({ page }) => {
    await page.goto('/?lang=es');
    await expect(page.locator('main h1')).toHaveText('Un chequeo privado sobre el estado de ánimo y el consumo de sustancias');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('the start page’s heading, crisis line and start button are in the first 14 KB of its HTML', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const first = html.slice(0, 14 * 1024).replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
    expect(first).toMatch(/<h1[^>]*>A private check-in on mood and substance use<\/h1>/);
    expect(first).toMatch(/href="tel:988"[^>]*>Call or text 988</);
    expect(first).toMatch(/href="\/check-in\/phq9-1"[^>]*>Start the check-in/);
  });
});
