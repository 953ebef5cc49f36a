import { PAGE_ROUTES } from '../../src/app/routes';
import { answer, expect, localeText, test, watchLeaving } from './fixtures';

const EXIT = 'https://www.weather.gov/';


test.describe('leaving quickly', () => {
  // The neutral site is the one place the app sends a person, on their request; the stub answers it.
  test.use({ allowedOrigins: ['https://www.weather.gov'] });
  test.beforeEach(async ({ context }) => {
    // Never load the real site: answer the navigation with a stub, and check it was asked for.
    await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  });

  test('"Leave this site" blanks the page, deletes the answers, and replaces the check-in in the history: Back brings nothing of it back [H12] [H13]', async ({ page, context }) => {
    // Hold the neutral site's answer, so the check-in's own page can be looked at while it is leaving.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.unroute(`${EXIT}**`);
    await context.route(`${EXIT}**`, async (route) => {
      await released;
      await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' });
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    await answer(page, 'Nearly every day');
    await answer(page, 'Several days');
    await expect(page.getByRole('heading', { level: 1, name: 'Trouble falling or staying asleep, or sleeping too much' })).toBeVisible();
    const lengthBefore = await page.evaluate(() => history.length);
    const exitRequest = page.waitForRequest(EXIT);
    const leaving = await watchLeaving(page);
    await page.getByRole('button', { name: 'Leave this site' }).click({ noWaitAfter: true });
    await exitRequest;

    // Still this page, while the next site loads: blanked at once, and the answers are gone from memory
    // (the check-in is back at its first question, with nothing chosen).
    await expect
      .poll(() => leaving().at(-1))
      .toEqual({ blanked: true, question: 'Little interest or pleasure in doing things', chosen: 0, codes: 0 });
    release();

    await expect(page).toHaveURL(EXIT);
    // location.replace: no new history entry; the check-in's entry is now the neutral site.
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(EXIT);
  });

  test('Shift pressed 3 times leaves, with status messages on the way [H13]', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Shift, press 2 more times' })).toHaveCount(1);
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Shift, press 1 more time' })).toHaveCount(1);
    const exitRequest = page.waitForRequest(EXIT);
    await page.keyboard.press('Shift');
    await exitRequest;
    await expect(page).toHaveURL(EXIT);
  });

  test('typing capitals does not leave', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Shift');
    await page.keyboard.press('A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+B');
    await expect(page).toHaveURL(/127\.0\.0\.1/);
  });
});

test.describe('when things go wrong', () => {
  test('a screen that fails to load shows the error screen with crisis contacts and Start over [H17]', async ({ page, axe }) => {
    // The check-in is a separate chunk: make it fail as it would on a dropped connection.
    await page.route(/\/assets\/check-in-page-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/');
    // The failed chunk and React's report of the caught error are expected here.
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeVisible();
    await expect(page.getByText('Your answers have not been sent anywhere.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await axe();
    await page.unroute(/\/assets\/check-in-page-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A private check-in on mood and substance use' })).toBeVisible();
  });

  // Every page the app serves without a query (routes.ts), and the heading it shows.
  const PAGES = PAGE_ROUTES.filter((route) => route.prerender).map((route) => [route.path, localeText(route.headingKey)] as const);

  test('with JavaScript off, every page shows its content and the crisis contacts; the check-in says it needs JavaScript [H17]', { tag: '@nginx' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, heading] of PAGES) {
      await page.goto(`${baseURL}${path}`);
      // Read in one go: what the reader sees rendered (innerText; Playwright's text engine skips
      // <noscript>), and the visible links to the crisis line and the emergency number.
      const seen = await page.evaluate(() => ({
        text: document.body.innerText,
        calls: [...document.querySelectorAll<HTMLAnchorElement>('a[href="tel:988"], a[href="tel:911"]')].filter((a) => a.checkVisibility()).map((a) => `${a.getAttribute('href')} ${a.textContent}`),
      }));
      expect(seen.text, path).toContain(heading);
      expect(seen.text, path).toContain('The check-in needs JavaScript.');
      // The crisis bar of a prerendered page, or the shell's own list: 988 and 911, one tap each.
      expect(seen.calls.some((call) => /^tel:988 .*988/.test(call)), path).toBe(true);
      expect(seen.calls.some((call) => /^tel:911 .*911/.test(call)), path).toBe(true);
    }
    await context.close();
  });
});
