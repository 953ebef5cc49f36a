import { PHQ9_DIFFICULTY, PHQ9_ITEMS } from '../../src/instruments/phq9';
import { SUBSTANCE_INTRO } from '../../src/instruments/taps-instrument';
import { pageDriver, valueOf, walkCheckin } from '../support/walker';
import { namespaceStrings } from '../support/locales';
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

/** axe-core's own script, and the rules it runs: WCAG 2.2 A and AA, and its best practices. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every browser test runs under a privacy guard: each request the page makes is recorded, and the test
 * fails if any leaves the app's own origin (no fonts, analytics, CDNs or other sites). Console errors
 * (a CSP violation, a React warning) fail the test too.
 */
/**
 * Waits until the page's script has done its part, as `load` used to mean before the entry script came
 * after the first paint (issue 26): a reading page enhanced (Leave, Shift ×3), an app page hydrated or
 * rendered, or the notice that it could not load. Best effort, never a failure of its own: a test that
 * needs more waits for it.
 */
async function settled(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await page.waitForFunction(
        () => {
          if (document.scripts.length === 0 || document.documentElement.hasAttribute('data-enhanced')) return true;
          if (document.querySelector('[data-load-error]:not([hidden])')) return true;
          const first = document.getElementById('root')?.firstElementChild;
          return Boolean(first && Object.keys(first).some((key) => key.startsWith('__reactFiber')));
        },
        undefined,
        { timeout: 10_000 },
      );
      return;
    } catch {
      // A redirect replaced the page (an old link's address): wait for the new one.
      await page.waitForLoadState('load').catch(() => undefined);
    }
  }
}

export const test = base.extend<{
  allowedOrigins: string[];
  privacyGuard: void;
  axe: (page?: Page) => Promise<void>;
}>({
  allowedOrigins: [[], { option: true }],
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== 'commit' && options?.waitUntil !== 'domcontentloaded') await settled(page);
      return response;
    };
    await use(page);
  },
  privacyGuard: [
    async ({ page, context, baseURL, allowedOrigins }, use) => {
      const origins = [new URL(baseURL ?? 'http://127.0.0.1').origin, ...allowedOrigins];
      const offOrigin: string[] = [];
      const consoleErrors: string[] = [];
      // On the context, so requests from a service worker (precaching) are checked too.
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!origins.includes(new URL(url).origin)) offOrigin.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use();
      expect(offOrigin, 'requests outside the origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  axe: async ({ page }, use) => {
    await use(async (target = page) => {
      const began = Date.now();
      // axe-core runs in the page itself, put there once per document (a check-in's screens share one), in
      // one call: no blank page to merge frames' results (these pages have none), no details of passing
      // nodes (every text's contrast) collected and sent back for nothing.
      if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
      const violations = await target.evaluate(async (tags) => {
        // At rest, scrolled to the top: the sticky "Leave this site" button covers whatever scrolls under
        // it (as GOV.UK's does), which axe would report as a covered target at some scroll positions.
        window.scrollTo(0, 0);
        const { axe } = window as unknown as { axe: typeof import('axe-core') };
        const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, AXE_TAGS);
      if (process.env.AXE_TIMES) appendFileSync(process.env.AXE_TIMES, `${Date.now() - began}\n`);
      expect(violations, 'axe violations').toEqual([]);
    });
  },
});

export { expect };

/** Choose an option by its visible label and press the form's button. */
export async function answer(page: Page, label: string, button = 'Next') {
  const radio = page.getByRole('radio', { name: label, exact: true });
  // The first question is prerendered and paints before the app has loaded: as a person would, answer
  // the question the app shows (once it has taken the page over), not one already answered.
  await expect.poll(() => radio.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  await radio.check();
  await page.getByRole('button', { name: button }).click();
}

/** Nothing a person entered is kept by the browser: no cookies, web storage or IndexedDB. */
export async function expectNothingStored(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, indexedDB: 0 });
}

/** On the substance-use intro, choose to skip that part. */
export async function skipSubstance(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Questions about substance use' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip this part' }).click();
}

/** After the mood part (in English), the optional anxiety questions are offered: say no. */
export async function declineAnxiety(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: '7 more questions about anxiety?' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip these questions' }).click();
}

/**
 * Answer the nine PHQ-9 items with the given labels (all "Not at all" by default), then Q10 if asked, and
 * go on to the substance-use intro (the walker passes crisis support and declines any optional part on the
 * way, as the flow offers them).
 */
export async function answerMood(page: Page, labels: readonly string[] = Array(9).fill('Not at all'), difficulty = 'Somewhat difficult') {
  const answers: Record<string, number> = Object.fromEntries(PHQ9_ITEMS.map((item, i) => [item.id, valueOf(item, labels[i] ?? 'Not at all')]));
  answers[PHQ9_DIFFICULTY.id] = valueOf(PHQ9_DIFFICULTY, difficulty);
  await walkCheckin(pageDriver(page), { answers, until: SUBSTANCE_INTRO });
}

/** The text of a `namespace:key` string in a language's locale files ("learn/getting-help:title"). */
export function localeText(nsKey: string, lang = 'en'): string {
  const at = nsKey.lastIndexOf(':');
  const strings: unknown = namespaceStrings(lang, nsKey.slice(0, at));
  const value = nsKey
    .slice(at + 1)
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  if (typeof value !== 'string') throw new Error(`no string ${nsKey} in ${lang}`);
  return value;
}

/**
 * Watches the page that is leaving (quick exit, its navigation held by the test): once it is blanked, the
 * page reports what it still holds every 50 ms, through its console (Playwright cannot evaluate in a page
 * whose navigation is pending): the heading on screen, how many answers are chosen, how many QR codes are
 * drawn. Returns the reports received so far.
 */
export async function watchLeaving(page: Page): Promise<() => readonly LeavingState[]> {
  const reports: LeavingState[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('leaving-state:')) reports.push(JSON.parse(text.slice('leaving-state:'.length)) as LeavingState);
  });
  await page.evaluate(() => {
    const report = (left: number) => {
      console.log(
        `leaving-state:${JSON.stringify({
          blanked: document.documentElement.classList.contains('is-exiting'),
          question: document.querySelector('main h1')?.textContent ?? null,
          chosen: document.querySelectorAll('main input[type=radio]:checked').length,
          codes: document.querySelectorAll('svg.qr-code').length,
        })}`,
      );
      if (left > 0) setTimeout(() => report(left - 1), 50);
    };
    const observer = new MutationObserver(() => {
      if (!document.documentElement.classList.contains('is-exiting')) return;
      observer.disconnect();
      report(40);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  });
  return () => reports;
}

export interface LeavingState {
  readonly blanked: boolean;
  readonly question: string | null;
  readonly chosen: number;
  readonly codes: number;
}
