import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run on the built app (`vite preview`) in Debian's Chromium: Playwright never downloads a
 * browser here. CHROMIUM_PATH overrides the path.
 *
 * Which test runs where is decided here, by tags, never inside a test:
 * - every test runs once, in `mobile-360` (most readers are on a phone), unless tagged otherwise;
 * - `@layout`: what it checks depends on the viewport (axe's reflow and target sizes, the header, the
 *   print button's place), so it runs at 1280 px too;
 * - `@desktop`: only at 1280 px (the keyboard-alone walks: a phone has no Tab key);
 * - `@nginx`: the production server's smoke set (framing refused, one check-in, offline, one crawl with
 *   JavaScript off): run against nginx only, as the production server is where they matter.
 * The update test deploys a new service worker, so it runs alone, after the others.
 */
/** Chromium (Debian's `chromium`): the tests that read what the browser keeps in its profile on disk. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`: the same Blink, V8 and version as
 * `chromium`, without the browser around the page; what Playwright itself runs for headless tests): every
 * other test. The suite took 4.7 minutes with it here and 8.3 with `chromium`, all on CPU. Where it is
 * missing, `chromium` runs them (npm test says so).
 */
const SHELL = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
const shellPath = existsSync(SHELL) ? SHELL : executablePath;
/** The built app under `vite preview` (E2E_PORT, for a second copy of the suite on the same machine). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The production server (nginx, deploy/). */
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4181);

const commonArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Chromium's own flags: its new headless mode (the shell is headless already). */
export const chromiumArgs = ['--headless=new', ...commonArgs];
const launchOptions = shellPath === executablePath ? { executablePath, args: chromiumArgs } : { executablePath: shellPath, args: commonArgs };
// A phone's viewport, touch and mobile layout. One device pixel per CSS pixel: what the tests check is in
// CSS pixels, and rasterising four times the pixels in software cost 8% more CPU for nothing.
const mobile = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true } as const;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['line']] : [['list']],
  // A test here takes 2–25 s alone on 2 cores (the ten slowest are printed by `npm test`): the longest walk
  // the whole check-in (30-odd screens) and then share, print or leave. With a second copy of the suite on
  // the same machine they took up to 43 s, and two failed at a 45 s budget; 90 s leaves room for that. A test
  // that does more sets its own budget from the size of its work (test.setTimeout), rather than looping
  // inside one fixed budget.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // Blocked except in the offline tests, which opt in: a service worker precaching the whole app in the
    // background of every test would only slow the suite down.
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions,
  },
  projects: [
    { name: 'mobile-360', testIgnore: /update\.spec\.ts$/, grepInvert: /@desktop|@nginx/, use: mobile },
    { name: 'desktop-1280', testIgnore: /update\.spec\.ts$/, grep: /@layout|@desktop/, use: { viewport: { width: 1280, height: 800 } } },
    { name: 'nginx', testIgnore: /update\.spec\.ts$/, grep: /@nginx/, use: { ...mobile, baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    {
      name: 'update',
      testMatch: /update\.spec\.ts$/,
      dependencies: ['mobile-360', 'desktop-1280', 'nginx'],
      use: mobile,
    },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `PORT=${NGINX_PORT} bash scripts/serve.sh`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
