/**
 * The engine scenarios: what every browser engine must show, asked the same way of each. Chromium runs them
 * in the Playwright suite (tests/e2e/engine-scenarios.spec.ts), Firefox ESR and WebKit in
 * tests/engines/engines.spec.ts; each gives a `Tab` (tests/support/tab.ts) and this module does the rest:
 * the walk (the shared walker, tests/support/walker.ts) and every assertion.
 *
 * They are the Chromium suite's own checks (tests/e2e/checkin.spec.ts, safety.spec.ts, learn.spec.ts), in
 * its words: the check-in walked to the results, crisis support at once after question 9, quick exit by the
 * button and by Shift ×3, and a Learn page with JavaScript off.
 */
import { expect } from '@playwright/test';
import { PHQ9_DIFFICULTY, PHQ9_ITEMS } from '../../src/instruments/phq9';
import { EXIT_URL } from '../../src/quick-exit/exit-site';
import { namespaceStrings } from '../support/locales';
import { elementFor, seen, textsOfRole, type Query, type Seen, type Tab } from '../support/tab';
import { tabDriver, valueOf, walkCheckin } from '../support/walker';

export interface Scenario {
  readonly title: string;
  /** false: the scenario's tab runs no JavaScript (its engine starts a browser with it off). */
  readonly javaScript: boolean;
  /** The scenario goes to the exit site: its origin is allowed by the privacy guard. */
  readonly leaves: boolean;
  run(tab: Tab): Promise<void>;
}

/**
 * How long a screen may take to show what it should (as the Playwright suite's `expect` timeout), asked
 * every 50 ms at first. What is polled never throws: a page being replaced shows nothing yet.
 */
const WAIT = 10_000;
const POLL = { timeout: WAIT, intervals: [50, 50, 100, 250] };
/** The exit site's origin, the one place the app sends a person on their request. */
export const EXIT_ORIGIN = new URL(EXIT_URL).origin;

const heading = (name: string, level = 1): Query => ({ role: 'heading', name, level });
const link = (name: string): Query => ({ role: 'link', name });
const button = (name: string): Query => ({ role: 'button', name });
const text = (words: string): Query => ({ text: words });
const describe = (query: Query) => ('text' in query ? `the text "${query.text}"` : `the ${query.role} "${query.name}"`);

/** Waits until the query shows what `expected` says (visible, focused, a link's target). */
async function shows(tab: Tab, query: Query, expected: Partial<Seen> = {}) {
  await expect.poll(() => seen(tab, query), { message: `${tab.engine}: ${describe(query)}`, ...POLL }).toMatchObject({ visible: true, ...expected });
}

/** Nothing answers the query on the screen shown now. */
async function absent(tab: Tab, query: Query) {
  expect((await seen(tab, query)).visible, `${tab.engine}: ${describe(query)} is not shown`).toBe(false);
}

/** Clicks what answers the query, once it is shown. */
async function click(tab: Tab, query: Query) {
  await shows(tab, query);
  await tab.click(elementFor(query));
}

/** Waits until the tab's address is `url` (the exit site's, or one of the app's). */
async function at(tab: Tab, url: string | RegExp) {
  const poll = expect.poll(() => tab.url(), { message: `${tab.engine}: the address`, ...POLL });
  await (typeof url === 'string' ? poll.toBe(url) : poll.toMatch(url));
}

const historyLength = (tab: Tab) => tab.evaluate<number>('history.length');

/** The PHQ-9's answers by label, "Not at all" for any not given, and question 10's. */
function mood(labels: readonly string[], difficulty?: string): Record<string, number> {
  const answers: Record<string, number> = Object.fromEntries(PHQ9_ITEMS.map((item, i) => [item.id, valueOf(item, labels[i] ?? 'Not at all')]));
  if (difficulty) answers[PHQ9_DIFFICULTY.id] = valueOf(PHQ9_DIFFICULTY, difficulty);
  return answers;
}

const START = 'A private check-in on mood and substance use';
const FIRST_QUESTION = 'Little interest or pleasure in doing things';
const SUPPORT = 'You don’t have to face this alone';
const RESULTS = 'Your check-in results';
const needsJavaScript = (namespaceStrings('en', 'static') as { noscript: { needsJs: string } }).noscript.needsJs;
const learnTitle = (slug: string) => (namespaceStrings('en', `learn/${slug}`) as { title: string }).title;

export const SCENARIOS: readonly Scenario[] = [
  {
    title: 'the check-in walked to the results: total, band, not a diagnosis',
    javaScript: true,
    leaves: false,
    async run(tab) {
      await open(tab, '/');
      await click(tab, link('Start the check-in'));
      // 2+2+1+3+1+2+1+0+0 = 12 → moderate; question 9 at 0, so no crisis step. The substance part is
      // taken, every answer "Never".
      await walkCheckin(tabDriver(tab), {
        answers: {
          ...mood(['More than half the days', 'More than half the days', 'Several days', 'Nearly every day', 'Several days', 'More than half the days', 'Several days'], 'Very difficult'),
          'substance-consent': 1,
          'taps1-tobacco': 0,
          'taps1-alcohol': 0,
          'taps1-drugs': 0,
          'taps1-rx': 0,
        },
      });
      await shows(tab, heading(RESULTS));
      await shows(tab, text('Your total score is 12 out of 27.'));
      await shows(tab, text('Your answers are in the range that clinicians call moderate.'));
      await shows(tab, { role: 'img', name: 'A scale from 0 to 27 split into 5 ranges. Your score, 12, is marked in the moderate range.' });
      await shows(tab, text('These results are not a diagnosis'));
      await shows(tab, text('You said these problems have made everyday life: Very difficult.'));
      await shows(tab, text('No use'));
      await shows(tab, link('Call or text 988'), { href: 'tel:988' });
      await absent(tab, heading('Support is available now', 2));
      await tab.screenshot('results');
    },
  },
  {
    title: 'question 9 above 0: crisis support at once, with the country’s crisis line [H1]',
    javaScript: true,
    leaves: false,
    async run(tab) {
      await open(tab, '/check-in');
      // Questions 1 to 8 by the walker; question 9 by hand, so what comes next is the app's doing alone.
      const answers = mood(['Several days', 'Several days', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Not at all', 'Several days'], 'Somewhat difficult');
      await walkCheckin(tabDriver(tab), { answers, until: PHQ9_ITEMS[8]!.id });
      await click(tab, { role: 'radio', name: 'Several days' });
      await click(tab, button('Next'));
      await shows(tab, heading(SUPPORT), { focused: true });
      await shows(tab, link('Call 988'), { href: 'tel:988' });
      await shows(tab, link('Text HOME to 741741'));
      await shows(tab, text('If you or someone else is in immediate danger, call 911.'));
      await click(tab, button('Continue the check-in'));
      // On to the results from question 10 (the optional parts declined).
      await walkCheckin(tabDriver(tab), { answers, from: PHQ9_DIFFICULTY.id });
      await shows(tab, heading(RESULTS));
      await shows(tab, heading('Support is available now', 2));
      await shows(tab, text('Your total score is 3 out of 27.'));
    },
  },
  {
    title: '"Leave this site": blanked at once, the answers gone, the check-in replaced in the history [H12] [H13]',
    javaScript: true,
    leaves: true,
    async run(tab) {
      await open(tab, '/');
      await click(tab, link('Start the check-in'));
      await walkCheckin(tabDriver(tab), { answers: mood(['Nearly every day', 'Several days']), until: PHQ9_ITEMS[2]!.id });
      const lengthBefore = await historyLength(tab);
      const exit = await tab.holdExit();
      const leaving = await tab.watchLeaving();
      await click(tab, button('Leave this site'));
      await exit.requested;
      // Still this page, while the neutral site is held: blanked, and the answers gone from memory (the
      // check-in back at its first question, nothing chosen).
      await expect
        .poll(() => leaving().catch(() => undefined), { message: `${tab.engine}: the page while it leaves`, ...POLL })
        .toEqual({ blanked: true, question: FIRST_QUESTION, chosen: 0, codes: 0 });
      exit.release();
      await at(tab, EXIT_URL);
      await shows(tab, heading('Weather'));
      // location.replace: no new entry; Back goes to the start page, before the check-in, and nothing of it.
      expect(await historyLength(tab), `${tab.engine}: history entries`).toBe(lengthBefore);
      await tab.back();
      await at(tab, `${tab.origin}/`);
      await shows(tab, heading(START));
      await tab.forward();
      await at(tab, EXIT_URL);
    },
  },
  {
    title: 'Shift pressed 3 times leaves, with status messages on the way [H13]',
    javaScript: true,
    leaves: true,
    async run(tab) {
      await open(tab, '/');
      await shows(tab, heading(START));
      const exit = await tab.holdExit();
      exit.release();
      await tab.press('Shift');
      await says(tab, 'Shift, press 2 more times');
      await tab.press('Shift');
      await says(tab, 'Shift, press 1 more time');
      await tab.press('Shift');
      await exit.requested;
      await at(tab, EXIT_URL);
    },
  },
  {
    title: 'a Learn page without JavaScript: its heading, content, sources and the crisis line [H17]',
    javaScript: false,
    leaves: false,
    async run(tab) {
      await tab.open('/learn/what-is-depression');
      await shows(tab, heading(learnTitle('what-is-depression')));
      await shows(tab, text(needsJavaScript));
      await shows(tab, heading('What are the signs of depression?', 2));
      await shows(tab, text('The signs of depression, how long they last, and how common it is.'));
      await shows(tab, heading('Sources', 2));
      await shows(tab, heading('What you can do next', 2));
      await shows(tab, link('Call or text 988'), { href: 'tel:988' });
      await shows(tab, link('Emergency: 911'), { href: 'tel:911' });
    },
  },
];

/** Waits until one status message (a live region: read out, not necessarily on screen) holds these words. */
/**
 * Opens a page and waits until its script has done its part (the entry script loads once the page has
 * painted, issue 26): a reading page enhanced (Leave, Shift ×3), an app page hydrated or rendered.
 */
async function open(tab: Tab, path: string) {
  await tab.open(path);
  const ready = () =>
    tab.evaluate<boolean>(
      `(() => { if (document.documentElement.hasAttribute('data-enhanced')) return true; const first = document.getElementById('root')?.firstElementChild; return Boolean(first && Object.keys(first).some((key) => key.startsWith('__reactFiber'))); })()`,
    );
  await expect.poll(() => ready().catch(() => false), { message: `${tab.engine}: ${path} ready`, ...POLL }).toBe(true);
}

async function says(tab: Tab, words: string) {
  await expect
    .poll(async () => (await textsOfRole(tab, 'status')).filter((message) => message.includes(words)).length, { message: `${tab.engine}: a status saying "${words}"`, ...POLL })
    .toBe(1);
}
