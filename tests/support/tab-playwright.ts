/**
 * A `Tab` (tests/support/tab.ts) over Playwright's page, for the engine scenarios in Chromium
 * (tests/e2e/engine-scenarios.spec.ts). The page's own fixtures (the privacy guard) stay in charge.
 */
import type { ElementHandle, Page } from '@playwright/test';
import { EXIT_URL } from '../../src/quick-exit/exit-site';
import { inPage, leavingStateInPage, screenshotPath, type HeldExit, type LeavingState, type Tab } from './tab';

const STUB = '<!doctype html><title>Weather</title><h1>Weather</h1>';
const REPORT = 'leaving-state:';

export function playwrightTab(page: Page, origin: string): Tab {
  return {
    engine: 'chromium',
    origin,
    async open(path) {
      await page.goto(`${origin}${path}`);
    },
    url: () => Promise.resolve(page.url()),
    async back() {
      await page.goBack();
    },
    async forward() {
      await page.goForward();
    },
    evaluate: <R>(expression: string) => page.evaluate<R>(expression),
    async click(expression) {
      const handle = await page.evaluateHandle(expression);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error(`chromium: nothing to click for ${expression.slice(-200)}`);
      // No waiting for a navigation the click starts: the exit site's answer may be held.
      await element.click({ noWaitAfter: true });
      await handle.dispose();
    },
    press: (key) => page.keyboard.press(key),
    async holdExit(): Promise<HeldExit> {
      let requested!: () => void;
      let release!: () => void;
      const asked = new Promise<void>((resolve) => (requested = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.context().route(`${EXIT_URL}**`, async (route) => {
        requested();
        await released;
        await route.fulfill({ contentType: 'text/html; charset=utf-8', body: STUB });
      });
      return { requested: asked, release };
    },
    // Playwright cannot evaluate in a page whose navigation is pending: once blanked, the page reports what
    // it holds through its console every 50 ms (as tests/e2e/fixtures.ts's watchLeaving).
    async watchLeaving() {
      const reports: LeavingState[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (text.startsWith(REPORT)) reports.push(JSON.parse(text.slice(REPORT.length)) as LeavingState);
      });
      await page.evaluate(
        inPage(
          (state: () => LeavingState, prefix: string) => {
            const report = (left: number) => {
              console.log(`${prefix}${JSON.stringify(state())}`);
              if (left > 0) setTimeout(() => report(left - 1), 50);
            };
            const observer = new MutationObserver(() => {
              if (!document.documentElement.classList.contains('is-exiting')) return;
              observer.disconnect();
              report(40);
            });
            observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
          },
          leavingStateInPage,
          REPORT,
        ),
      );
      return () => Promise.resolve(reports.at(-1));
    },
    async screenshot(name) {
      const path = screenshotPath('chromium', name);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}
