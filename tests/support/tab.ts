/**
 * What a browser test needs from a tab, whatever drives it: Playwright (Chromium), puppeteer over WebDriver
 * BiDi (Firefox ESR) or a W3C WebDriver session (WebKit). The engine scenarios (tests/engines/scenarios.ts)
 * and the walker (`tabDriver`, tests/support/walker.ts) are written against this, so every engine is asked
 * the same things in the same words.
 *
 * What a person sees is read in the page itself, the same way in every engine: elements by their role and
 * accessible name with Testing Library's queries (the library the component tests use, put into each
 * document once; its role and name rules are dom-accessibility-api's, the W3C algorithm), text as the
 * innermost visible element that contains it (as Playwright's getByText), and "visible" as a box on screen
 * that is not hidden. Each engine's own input clicks and types.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The roles the tests ask for. */
export type Role = 'heading' | 'link' | 'button' | 'radio' | 'img' | 'status' | 'alert';

/** An element by its role and exact accessible name (and a heading's level); or the text it shows. */
export type Query = { readonly role: Role; readonly name: string; readonly level?: number } | { readonly text: string };

/** What the page shows of a query's first visible match. */
export interface Seen {
  /** Testing Library is in this document (false: put it in, then ask again). */
  readonly library: boolean;
  readonly visible: boolean;
  /** The match has the focus. */
  readonly focused: boolean;
  /** A link's target (its `href` attribute), else null. */
  readonly href: string | null;
  /** The main headings on screen, for a failure's message. */
  readonly headings: readonly string[];
  /** Why the page could not be asked (a document being replaced, as a link loads the next page). */
  readonly error?: string;
}

/** What the page that is leaving still holds (quick exit, while the neutral site is held). */
export interface LeavingState {
  readonly blanked: boolean;
  readonly question: string | null;
  readonly chosen: number;
  readonly codes: number;
}

/** The exit site's answer, held until `release()`. */
export interface HeldExit {
  /** Resolves once the browser has asked for the exit site. */
  readonly requested: Promise<void>;
  readonly release: () => void;
}

export interface Tab {
  /** "chromium", "firefox-esr", "webkit": for file names and messages. */
  readonly engine: string;
  /** The app's origin (`http://127.0.0.1:<port>`). */
  readonly origin: string;
  /** Loads a path of the app (a full page load) and resolves once the new document is being shown. */
  open(path: string): Promise<void>;
  /** The address of the page shown. */
  url(): Promise<string>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (see `inPage`); resolves with its JSON result. */
  evaluate<R>(expression: string): Promise<R>;
  /** Clicks the element an expression evaluates to (see `elementFor`), with the engine's own input. */
  click(expression: string): Promise<void>;
  /** Presses and releases a key (the quick-exit shortcut's Shift). */
  press(key: 'Shift'): Promise<void>;
  /** From now on, the exit site (https://www.weather.gov/) is answered by a stub, held until released. */
  holdExit(): Promise<HeldExit>;
  /** Starts watching the page for quick exit's blanking; the reader gives the last state seen since then. */
  watchLeaving(): Promise<() => Promise<LeavingState | undefined>>;
  /** A picture of the whole page, to reports/engines/<engine>-<name>.png. */
  screenshot(name: string): Promise<string>;
}

let library: string | undefined;
/** Testing Library's browser build, evaluated in a document to give it `window.TestingLibraryDom`. */
function testingLibrary(): string {
  library ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve('@testing-library/dom/package.json')), 'dist/@testing-library/dom.umd.min.js'), 'utf8');
  return library;
}

export const screenshotPath = (engine: string, name: string) => join(process.cwd(), 'reports/engines', `${engine}-${name}.png`);

/**
 * An expression that calls `fn` in the page: each argument is JSON, or a function, sent as its source
 * (a function cannot travel as JSON, and the app's CSP forbids building one from a string in the page).
 */
export function inPage(fn: (...args: never[]) => unknown, ...args: readonly unknown[]): string {
  const sources = args.map((arg) => (typeof arg === 'function' ? `(${String(arg)})` : JSON.stringify(arg)));
  return `(${String(fn)})(${sources.join(', ')})`;
}

/** The expression for the first visible element that answers a query (null when none). */
export const elementFor = (query: Query) => inPage(firstInPage, matchesInPage, query);

/*
 * The functions below run in the page: self-contained, with nothing from outside but their arguments
 * (each engine sends their source).
 */

type Library = {
  queryAllByRole(container: HTMLElement, role: string, options: { name: string; level?: number; hidden: boolean }): HTMLElement[];
};

/** The query's visible matches, in document order; null when Testing Library is not in the document. */
export function matchesInPage(query: Query): HTMLElement[] | null {
  const library = (window as unknown as { TestingLibraryDom?: Library }).TestingLibraryDom;
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
  };
  if ('text' in query) {
    const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const wanted = normal(query.text);
    const holds = (element: Element) => normal(element.textContent).includes(wanted);
    // The innermost elements that hold the text: none of their children holds it alone.
    return [...document.body.querySelectorAll<HTMLElement>('*')].filter((element) => !['SCRIPT', 'STYLE'].includes(element.tagName) && holds(element) && ![...element.children].some(holds) && shown(element));
  }
  if (!library) return null;
  const options = query.level === undefined ? { name: query.name, hidden: false } : { name: query.name, level: query.level, hidden: false };
  return library.queryAllByRole(document.body, query.role, options).filter(shown);
}

/** The first visible match (in the page). */
export function firstInPage(matches: typeof matchesInPage, query: Query): HTMLElement | null {
  return matches(query)?.[0] ?? null;
}

/** What the page shows of a query (in the page). */
export function seenInPage(matches: typeof matchesInPage, query: Query): Seen {
  const headings = [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim());
  const found = matches(query);
  if (!found) return { library: false, visible: false, focused: false, href: null, headings };
  const first = found[0];
  return {
    library: true,
    visible: Boolean(first),
    focused: found.some((element) => element === document.activeElement),
    href: first?.getAttribute('href') ?? null,
    headings,
  };
}

/** What the leaving page still holds (in the page). */
export function leavingStateInPage(): LeavingState {
  return {
    blanked: document.documentElement.classList.contains('is-exiting'),
    question: document.querySelector('main h1')?.textContent ?? null,
    chosen: document.querySelectorAll('main input[type=radio]:checked').length,
    codes: document.querySelectorAll('svg.qr-code').length,
  };
}

/** The texts of the elements with a role that assistive technology is given (in the page). */
export function textsOfRoleInPage(role: Role): string[] | null {
  const found = (window as unknown as { TestingLibraryDom?: { queryAllByRole(container: HTMLElement, role: string): HTMLElement[] } }).TestingLibraryDom?.queryAllByRole(document.body, role);
  return found ? found.map((element) => (element.textContent ?? '').trim()) : null;
}

/** Evaluates an in-page query that answers null without Testing Library: puts it into the document, then asks again. */
async function withLibrary<R>(tab: Tab, expression: string): Promise<NonNullable<R>> {
  const now = await tab.evaluate<R | null>(expression);
  if (now !== null && (now as { library?: boolean }).library !== false) return now as NonNullable<R>;
  await tab.evaluate(`(() => {\n${testingLibrary()}\n})()`);
  return (await tab.evaluate<R>(expression)) as NonNullable<R>;
}

/**
 * What a query shows in a tab now. A page that cannot be asked (its document is being replaced: a link
 * loads the next page) shows nothing yet, and says why; the callers wait on it.
 */
export async function seen(tab: Tab, query: Query): Promise<Seen> {
  try {
    return await withLibrary<Seen>(tab, inPage(seenInPage, matchesInPage, query));
  } catch (error) {
    return { library: false, visible: false, focused: false, href: null, headings: [], error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** What the elements with a role say now ("status": the live regions' messages); none while the page cannot be asked. */
export const textsOfRole = (tab: Tab, role: Role) => withLibrary<string[]>(tab, inPage(textsOfRoleInPage, role)).catch((): string[] => []);
