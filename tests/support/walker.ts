/**
 * One walker through the check-in, for every kind of test: it reads the path from the flow itself
 * (src/session/flow.ts) and the wording from the locale files (English, or the language the walk names), so a test says only what the person
 * answers (by question id), and a new or changed part changes this file once, not every test that walks.
 * A driver does the clicking: Playwright's page (`pageDriver`), Testing Library (`screenDriver`, in
 * tests/component/render-app.tsx), or any engine's tab (`tabDriver`: Firefox ESR over WebDriver BiDi,
 * WebKit over WebDriver, Chromium; tests/support/tab.ts).
 */
import { namespaceStrings } from './locales';
import { pathFor, type FlowOptions, type Step } from '../../src/session/flow';
import { questionTextKey } from '../../src/instruments/steps';
import type { Answers } from '../../src/instruments/types';
import { elementFor, seen, type Query, type Tab } from './tab';

// Read, not imported (Playwright's loader and Vitest's read JSON imports differently), from the project root,
// where every test runner and script runs.
const locale = (name: string, language = 'en'): unknown => namespaceStrings(language, name);
const checkin = locale('checkin');
const instruments = locale('instruments');
const byLanguage = new Map<string, { checkin: unknown; instruments: unknown }>([['en', { checkin, instruments }]]);
const tablesIn = (language: string) => {
  if (!byLanguage.has(language)) byLanguage.set(language, { checkin: locale('checkin', language), instruments: locale('instruments', language) });
  return byLanguage.get(language)!;
};

/** What a walk needs from a browser or a DOM: wait for a screen, choose an option, press a button. */
export interface Driver {
  /** Resolves once the screen whose main heading is `text` is shown. */
  at(text: string): Promise<void>;
  choose(label: string): Promise<void>;
  press(name: string): Promise<void>;
}

export interface Walk {
  /** The answers, by question id; an intro's choice by its consent id (1 answer, 0 skip; skipped when absent). */
  readonly answers: Answers;
  /** The visit's options (a clinic link's parts and additions), as the app reads them. */
  readonly options?: FlowOptions;
  /** The country, for wording that differs by country (`<key>_<region>`). */
  readonly region?: string;
  /** The language the screens are in (its locale files' wording); English when absent. */
  readonly language?: string;
  /**
   * Strings of an instrument registered from outside src/locales (its file's sections by namespace, as
   * the fixture's), looked up after the app's own.
   */
  readonly strings?: Readonly<Record<string, unknown>>;
  /** Stop on this step's screen (once it is shown, before answering it), rather than at the results. */
  readonly until?: string;
  /**
   * Start on this step's screen, already shown (the steps before it were answered with `answers`, as
   * given), rather than on the first.
   */
  readonly from?: string;
  /** Called on each screen once it is shown, before it is answered (a script's screenshot). */
  readonly onScreen?: (step: Step) => Promise<void>;
}

type Tables = { readonly checkin: unknown; readonly instruments: unknown };
const tablesFor = (strings: Walk['strings'], language = 'en'): readonly Tables[] => [tablesIn(language), ...(strings ? [{ checkin: strings.checkin, instruments: strings.instruments }] : [])];
const inTables = (tables: readonly Tables[], ns: keyof Tables, key: string, region: string): string => {
  for (const table of tables) {
    try {
      return english(table[ns], key, region);
    } catch {
      // Not in this table: the next one.
    }
  }
  throw new Error(`walker: no string for ${key}`);
};

/** An English string by its dotted key, the country's own variant first (as i18next's context). */
function english(table: unknown, key: string, region: string): string {
  const find = (path: string) => path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table);
  const found = find(`${key}_${region}`) ?? find(key);
  if (typeof found !== 'string') throw new Error(`walker: no English string for ${key}`);
  return found;
}

/** An option's value from its English label, for a question's options ("Several days" → 1). */
export function valueOf(item: { readonly options: readonly { readonly value: number; readonly labelKey: string }[] }, label: string, region = 'us'): number {
  const option = item.options.find((o) => english(instruments, o.labelKey, region) === label);
  if (!option) throw new Error(`walker: no option "${label}"`);
  return option.value;
}

/** The main heading of a step, as the screen shows it. */
export function headingOf(step: Step, answers: Answers, region = 'us', strings?: Walk['strings'], language = 'en'): string {
  const tables = tablesFor(strings, language);
  if (step.kind === 'question') return inTables(tables, 'instruments', questionTextKey(step.item, answers), region);
  if (step.kind === 'intro') return inTables(tables, 'checkin', `intro.${step.id}.title`, region);
  return inTables(tables, 'checkin', 'support.title', region);
}

/**
 * Walks from the first screen to the results, screen by screen, as the person would. Resolves with the
 * answers given (what the results should show).
 */
export async function walkCheckin(driver: Driver, { answers, options = {}, region = 'us', language = 'en', strings, until, from, onScreen }: Walk): Promise<Answers> {
  const given: Record<string, number> = {};
  const tables = tablesFor(strings, language);
  let started = from === undefined;
  for (let index = 0; ; index++) {
    // The path grows as answers are given; the steps already passed never change.
    const step = pathFor(given, options)[index];
    if (!step) {
      if (!started) throw new Error(`walker: no step ${from} on the way`);
      return given;
    }
    started ||= step.id === from;
    if (!started) {
      // Passed before this walk: its answer, as given, without a screen.
      if (step.kind === 'intro') given[step.consentId] = answers[step.consentId] === 1 ? 1 : 0;
      else if (step.kind === 'question' && answers[step.id] !== undefined) given[step.id] = answers[step.id]!;
      continue;
    }
    await driver.at(headingOf(step, given, region, strings, language));
    if (step.id === until) return given;
    await onScreen?.(step);
    if (step.kind === 'support') {
      await driver.press(inTables(tables, 'checkin', 'support.continue', region));
    } else if (step.kind === 'intro') {
      const choice = answers[step.consentId] === 1 ? 1 : 0;
      await driver.press(inTables(tables, 'checkin', `intro.${step.id}.${choice === 1 ? 'continue' : 'skip'}`, region));
      given[step.consentId] = choice;
    } else {
      const value = answers[step.id];
      const option = step.item.options.find((o) => o.value === value);
      if (option) {
        await driver.choose(inTables(tables, 'instruments', option.labelKey, region));
        given[step.id] = option.value;
      } else if (!step.optional) throw new Error(`walker: no answer for ${step.id}`);
      await driver.press(inTables(tables, 'checkin', 'next', region));
    }
  }
}

/** A driver for Playwright's page. */
export function pageDriver(page: {
  getByRole(role: 'heading' | 'radio' | 'button', options: { name: string; exact?: boolean; level?: number }): {
    waitFor(): Promise<void>;
    check(): Promise<void>;
    click(): Promise<void>;
  };
}): Driver {
  return {
    at: (text) => page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor(),
    choose: (label) => page.getByRole('radio', { name: label, exact: true }).check(),
    press: (name) => page.getByRole('button', { name, exact: true }).click(),
  };
}

/** How long a screen may take to show (as the Playwright suite's `expect` timeout). */
const SCREEN_WAIT = 10_000;

/** Polls until the tab shows the query (visible), or fails after SCREEN_WAIT with what it showed. */
async function shown(tab: Tab, query: Query): Promise<void> {
  const deadline = Date.now() + SCREEN_WAIT;
  for (;;) {
    const now = await seen(tab, query);
    if (now.visible) return;
    if (Date.now() > deadline) throw new Error(`walker (${tab.engine}): no ${JSON.stringify(query)} within ${SCREEN_WAIT / 1000} s; the screen's main heading: ${JSON.stringify(now.headings)}${now.error ? `; ${now.error}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A driver for any engine's tab (tests/support/tab.ts): what is shown is read in the page, the engine clicks. */
export function tabDriver(tab: Tab): Driver {
  const click = async (query: Query) => {
    await shown(tab, query);
    await tab.click(elementFor(query));
  };
  return {
    at: (text) => shown(tab, { role: 'heading', level: 1, name: text }),
    choose: (label) => click({ role: 'radio', name: label }),
    press: (name) => click({ role: 'button', name }),
  };
}
