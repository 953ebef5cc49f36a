import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './tests/engines/engine';

/**
 * The engine scenarios (tests/engines/scenarios.ts) in Firefox ESR (Debian's `firefox-esr`, over WebDriver
 * BiDi with puppeteer-core) and WebKit (Debian's `webkit2gtk-driver`: WebKitWebDriver and MiniBrowser,
 * under Xvfb). Chromium runs the same scenarios in the main suite (tests/e2e/engine-scenarios.spec.ts).
 * Playwright is only the test runner here: each engine is started by its own fixture, once per worker, and
 * each project's tests run in one worker, one after another (the two engines side by side).
 * `npm test` runs this after the Chromium suite; alone: `npx playwright test -c playwright.engines.config.ts`.
 */
/** The built app under `vite preview`, on a port of its own (ENGINES_PORT). */
export const PORT = Number(process.env.ENGINES_PORT ?? 4177);

export default defineConfig<object, EngineOptions>({
  testDir: './tests/engines',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Each scenario takes 1–10 s alone; the first of each engine also starts the browser.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  projects: [
    { name: 'firefox-esr', use: { engineName: 'firefox-esr' } },
    { name: 'webkit', use: { engineName: 'webkit' } },
  ],
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
