/**
 * Firefox ESR (Debian's `firefox-esr`) driven by puppeteer-core over WebDriver BiDi, headless. The exit site
 * is answered by request interception, as the Chromium suite's `page.route`; the privacy guard reads
 * BiDi's network and log events.
 *
 * JavaScript off is a preference (`javascript.enabled`) of a second Firefox, started only for the scenario
 * that needs it: Firefox ESR 153 answers BiDi's `emulation.setScriptingEnabled` (puppeteer's
 * `setJavaScriptEnabled`) with "unknown command", and preferences cannot be changed over BiDi.
 */
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { EXIT_URL } from '../../src/quick-exit/exit-site';
import { inPage, leavingStateInPage, screenshotPath, type HeldExit, type LeavingState } from '../support/tab';
import { VIEWPORT, writePicture, type Engine, type EngineTab, type TabOptions } from './engine';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXIT_ORIGIN = new URL(EXIT_URL).origin;
const STUB = '<!doctype html><title>Weather</title><h1>Weather</h1>';

/**
 * As the Chromium suite's phone: no service worker precaching the app behind every scenario, English (US),
 * and scrollbars over the page as on a phone (headless Firefox draws a desktop's 12 px scrollbar, which
 * leaves the page 348 px).
 */
const PREFS = { 'dom.serviceWorkers.enabled': false, 'intl.accept_languages': 'en-US, en', 'ui.useOverlayScrollbars': 1 };

const launch = (javaScript: boolean) =>
  puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: javaScript ? PREFS : { ...PREFS, 'javascript.enabled': false },
  });

export async function launchFirefox(): Promise<Engine> {
  const browsers = new Map<boolean, Promise<Browser>>();
  const browser = (javaScript: boolean) => {
    if (!browsers.has(javaScript)) browsers.set(javaScript, launch(javaScript));
    return browsers.get(javaScript)!;
  };
  const version = await (await browser(true)).version();
  return {
    name: 'firefox-esr',
    version,
    async tab(options) {
      const context = await (await browser(options.javaScript)).createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...VIEWPORT });
      return firefoxTab(page, options, () => context.close());
    },
    async close() {
      for (const started of browsers.values()) await (await started).close();
    },
  };
}

function firefoxTab(page: Page, { origin, leaves }: TabOptions, close: () => Promise<void>): EngineTab {
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const at = new URL(url).origin;
    if (at !== origin && !(leaves && at === EXIT_ORIGIN)) offOrigin.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  const tab: EngineTab = {
    engine: 'firefox-esr',
    origin,
    async open(path) {
      await page.goto(`${origin}${path}`);
    },
    // The document's own address: puppeteer's (page.url()) misses a page restored from the back/forward cache.
    url: () => page.evaluate('location.href').catch(() => page.url()) as Promise<string>,
    // Not waiting for a load: puppeteer does not see a page restored from the back/forward cache as a
    // navigation, and would wait until its timeout. The scenarios wait for what the page shows.
    back() {
      void page.goBack({ timeout: 0 }).catch(() => undefined);
      return Promise.resolve();
    },
    forward() {
      void page.goForward({ timeout: 0 }).catch(() => undefined);
      return Promise.resolve();
    },
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    async click(expression) {
      const handle = await page.evaluateHandle(`((element) => { element?.scrollIntoView({ block: 'center' }); return element; })(${expression})`);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error(`firefox-esr: nothing to click for ${expression.slice(-200)}`);
      await element.click();
      await handle.dispose();
    },
    press: (key) => page.keyboard.press(key),
    async holdExit(): Promise<HeldExit> {
      let requested!: () => void;
      let release!: () => void;
      const asked = new Promise<void>((resolve) => (requested = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.isInterceptResolutionHandled()) return;
        if (!request.url().startsWith(EXIT_ORIGIN)) return void request.continue();
        requested();
        void released.then(() => request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: STUB }));
      });
      return { requested: asked, release };
    },
    // BiDi evaluates in the page while its navigation is held, so the state is read as it is.
    watchLeaving: () => Promise.resolve(() => page.evaluate(inPage(leavingStateInPage)) as Promise<LeavingState>),
    async screenshot(name) {
      return writePicture(screenshotPath('firefox-esr', name), await page.screenshot({ fullPage: true }));
    },
    guard: () => Promise.resolve({ offOrigin: [...offOrigin], consoleErrors: [...consoleErrors] }),
    close,
  };
  return tab;
}
