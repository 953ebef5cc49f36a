import type { Browser, Page } from '@playwright/test';
import { answer, expect, test } from './fixtures';

/** Words that would tell a reader of the history what was asked or answered. */
const REVEALING = /anxi|worr|nervous|heroin|opioid|fentanyl|alcohol|tobacco|drug|suicid|dead|hurting|depress|hopeless|sleep|appetite|failure|concentrat|restless|alone|naloxone|overdose|crisis|support|question|results|mood/i;

async function walk(page: Page, record: () => Promise<void>) {
  for (let i = 0; i < 8; i++) {
    await answer(page, 'Several days');
    await record();
  }
  await answer(page, 'More than half the days'); // item 9 above 0: the support step
  await record();
  await page.getByRole('button', { name: 'Continue the check-in' }).click();
  await answer(page, 'Very difficult');
  await page.getByRole('button', { name: 'Answer 7 more questions' }).click();
  for (let i = 0; i < 7; i++) {
    await answer(page, 'Several days');
    await record();
  }
  await page.getByRole('button', { name: 'Answer these questions' }).click();
  await record();
  await answer(page, 'Weekly'); // tobacco
  await page.getByRole('button', { name: 'Next' }).click(); // alcohol amount: none chosen
  await answer(page, 'Never');
  await answer(page, 'Weekly'); // drugs: opens the heroin questions
  await answer(page, 'Never'); // rx
  await answer(page, 'Yes'); // heroin 1
  await record();
  await answer(page, 'Yes');
  await answer(page, 'No');
  await answer(page, 'No'); // fentanyl, or pills not from a pharmacy
  for (const label of ['Yes', 'No', 'No', 'No', 'Not sure']) {
    await answer(page, label);
    await record();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
  await record();
}

test.describe('no trace in the browser’s history', () => {
  test('a whole check-in adds one entry, at one neutral address, with one neutral title [H12]', async ({ page }) => {
    await page.goto('/');
    const start = await page.evaluate(() => history.length);
    await expect(page).toHaveTitle('Private check-in');
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();

    const seen = new Set<string>();
    const record = async () => {
      seen.add(`${await page.title()} @ ${new URL(page.url()).pathname}`);
    };
    await record();
    await walk(page, record);

    expect([...seen]).toEqual(['Your check-in – Private check-in @ /check-in']);
    expect(await page.evaluate(() => history.length), 'only the check-in’s entry was added').toBe(start + 1);
    expect('Private check-in').not.toMatch(REVEALING);
    expect('Your check-in – Private check-in').not.toMatch(REVEALING);

    // Back leaves the check-in for the start page: there is no entry per question to go back through.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page).toHaveTitle('Private check-in');
  });

  test('Back inside the check-in goes to the previous question, without a history entry', async ({ page }) => {
    await page.goto('/check-in');
    const length = await page.evaluate(() => history.length);
    await answer(page, 'Several days');
    await answer(page, 'More than half the days');
    await page.locator('main').getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Feeling down, depressed, or hopeless' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect(page).toHaveURL(/\/check-in$/);
  });
});

test.describe('“Leave this site” is always in reach', () => {
  // The narrowest phone and a desktop (the mobile project covers 360 px throughout).
  for (const width of [320, 1280]) {
    test(`at ${width} px it stays in view after Next, on a long page, and on the results`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width, height: 640 } });
      const page = await context.newPage();
      const leave = page.getByRole('button', { name: 'Leave this site' });
      const inView = async (where: string) => {
        const box = await leave.boundingBox();
        expect(box, where).not.toBeNull();
        expect(box!.y, `${where}: top`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `${where}: bottom`).toBeLessThanOrEqual(640);
        // Nothing covers it: the element at its centre is the button itself.
        const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-quick-exit]') !== null, { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 });
        expect(hit, `${where}: not covered`).toBe(true);
      };
      await page.goto(`${baseURL}/check-in`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (let i = 0; i < 3; i++) {
        await answer(page, 'Several days');
        await inView(`after Next ${i + 1}`);
      }
      await page.goto(`${baseURL}/learn/what-research-shows`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await inView('bottom of a long reading page');
      // The page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      for (const path of ['/clinicians', '/family', '/staying-private']) {
        await page.goto(`${baseURL}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} overflow`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }

  test('before the script has loaded, Leave is a link to the neutral site [H13]', async ({ page }) => {
    await page.route(/\/assets\/index-[^/]+\.js$/, () => undefined); // never answered
    await page.goto('/check-in', { waitUntil: 'commit' });
    await expect(page.getByRole('button', { name: 'Leave this site' })).toHaveAttribute('href', 'https://www.weather.gov/');
    await expect(page.getByRole('button', { name: 'Leave this site' })).toBeVisible();
  });
});

test.describe('no blank page, ever', () => {
  /**
   * The scripts the check-in loads (from a normal load of each version, once per worker): those its first
   * screen needs, each with a version it loads in (a script both load is tried in one of them, alternately:
   * their strings are chunks of their own), and those it only fetches ahead once the first question is up
   * (the results, their strings), which are tried all at once in each version: without any of them the
   * first question still shows, so without all of them it must too.
   */
  type Aborts = { readonly scripts: readonly string[]; readonly path: string };
  let plan: Promise<{ needed: Aborts[]; ahead: Aborts[]; count: number }> | null = null;
  const abortPlan = (browser: Browser, baseURL: string) =>
    (plan ??= (async () => {
      const needed = new Map<string, string[]>();
      const ahead = new Map<string, string[]>();
      for (const path of ['/check-in', '/es-es/check-in']) {
        const probe = await browser.newPage();
        // The moment the first question is live (the app has hydrated the prerendered question: React's
        // fiber is on its radio), in the page's own clock: scripts asked for after it are fetched ahead,
        // not needed for the first screen.
        await probe.addInitScript(() => {
          const timer = setInterval(() => {
            const radio = document.querySelector('main input[type=radio]');
            if (!radio || !Object.keys(radio).some((key) => key.startsWith('__reactFiber'))) return;
            (window as { firstQuestionAt?: number }).firstQuestionAt = performance.now();
            clearInterval(timer);
          }, 5);
        });
        await probe.goto(`${baseURL}${path}`);
        await expect(probe.locator('main input[type=radio]').first()).toBeVisible();
        await probe.waitForLoadState('networkidle');
        const timings = await probe.evaluate(() => ({
          at: (window as { firstQuestionAt?: number }).firstQuestionAt ?? Infinity,
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => /\.js$/.test(new URL(entry.name).pathname))
            .map((entry) => ({ script: new URL(entry.name).pathname, start: entry.startTime })),
        }));
        await probe.close();
        for (const { script, start } of timings.scripts) {
          const into = start > timings.at ? ahead : needed;
          into.set(script, [...new Set([...(into.get(script) ?? []), path])]);
        }
      }
      for (const script of needed.keys()) ahead.delete(script);
      return {
        needed: [...needed.keys()].sort().map((script, index) => ({ scripts: [script], path: needed.get(script)![index % needed.get(script)!.length]! })),
        ahead: ['/check-in', '/es-es/check-in'].map((path) => ({ scripts: [...ahead.keys()].filter((script) => ahead.get(script)!.includes(path)), path })),
        count: needed.size + ahead.size,
      };
    })());

  // About 25 loads, in three shards that share the workers.
  const SHARDS = 3;
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`with each script of the check-in aborted in turn (shard ${shard + 1} of ${SHARDS}), the header, Leave and the crisis contacts stay on screen [H17]`, async ({ browser, baseURL }) => {
      const { needed, ahead, count } = await abortPlan(browser, baseURL!);
      expect(needed.length).toBeGreaterThan(5);
      const mine = [...needed, ...ahead].filter((_, index) => index % SHARDS === shard);
      // About 2 s a load alone on 2 cores; 6 s each leaves room for a loaded machine.
      test.setTimeout(30_000 + mine.length * 6_000);
      let errorScreens = 0;
      let loadNotices = 0;
      // One tab for the shard: each load aborts its scripts; the others may come from the tab's cache, as
      // they would for a person who has been here before.
      const page = await browser.newPage();
      const ERROR = /Sorry, something went wrong|Lo sentimos, algo salió mal/;
      for (const { scripts, path } of mine) {
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.route((url) => scripts.includes(url.pathname), (route) => route.abort());
        await page.goto(`${baseURL}${path}`);
        const where = `${path} without ${scripts.join(', ')}`;
        // Settled: without the entry script nothing runs, so the page the server sent is final once it has
        // loaded; without any other script, the app takes over the first question (the script was not
        // needed yet), or shows the error screen, or the notice that it could not load.
        const entry = await page.locator('script[type=module][src]').getAttribute('src');
        if (!scripts.includes(entry!)) {
          // The first question is in the page the server sent: settled is when the app has taken it over.
          await page.waitForFunction(
            (error) =>
              Object.keys(document.querySelector('main input[type=radio]') ?? {}).some((key) => key.startsWith('__reactFiber')) ||
              new RegExp(error).test(document.querySelector('main h1')?.textContent ?? '') ||
              Boolean(document.querySelector('[data-load-error]:not([hidden])')),
            ERROR.source,
          );
        }
        // Read in one go: what is on screen once settled.
        const seen = await page.evaluate((error) => {
          const visible = (selector: string) => [...document.querySelectorAll(selector)].some((el) => el.checkVisibility());
          return {
            leave: visible('[data-quick-exit]'),
            crisisBar: visible('.crisis-bar a[href^="tel:"]'),
            helpOrQuestion: visible('main a[href^="tel:"], main input[type=radio]'),
            main: document.querySelector<HTMLElement>('main')?.innerText ?? '',
            errorScreen: new RegExp(error).test(document.querySelector('main h1')?.textContent ?? ''),
            loadNotice: visible('[data-load-error]'),
          };
        }, ERROR.source);
        expect({ leave: seen.leave, crisisBar: seen.crisisBar, helpOrQuestion: seen.helpOrQuestion }, where).toEqual({ leave: true, crisisBar: true, helpOrQuestion: true });
        // Never a raw string key.
        expect(seen.main, where).not.toMatch(/\b(phq9|taps|safety|error|crisis)\.[a-z0-9.]+/);
        if (seen.errorScreen) errorScreens++;
        if (seen.loadNotice) loadNotices++;
      }
      await page.close();
      console.log(`chunk aborts, shard ${shard + 1}: ${mine.length} loads of ${needed.length + ahead.length} (${count} scripts: ${needed.length} for the first screen, one at a time; the rest fetched ahead, together); error screen ${errorScreens}, load notice ${loadNotices}`);
    });
  }

  test('a failed strings chunk shows the error screen with the crisis contacts, never raw keys [H17]', async ({ page }) => {
    // The PHQ-9's strings (src/locales/en/instruments/phq9.json, its own chunk).
    await page.route(/\/assets\/phq9-[^/]+\.js$/, (route) => route.abort());
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    await page.goto('/check-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(page.getByText(/phq9\.items/)).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
  });
});
