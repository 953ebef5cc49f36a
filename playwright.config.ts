import { defineConfig } from '@playwright/test';

/**
 * Browser tests run on the built app (`vite preview`) in Debian's Chromium: Playwright never downloads a
 * browser here. CHROMIUM_PATH overrides the path.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The production server (nginx, deploy/): the tests that matter run against it too. */
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4181);

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['line']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // Blocked except in the offline tests, which opt in: a service worker precaching the whole app in the
    // background of every test would only slow the suite down.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'mobile-360',
      testIgnore: /update\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    {
      name: 'desktop-1280',
      testIgnore: /update\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    {
      // The same built site through the production nginx (npm run serve): a full check-in, offline after one
      // visit, quick exit, every page without JavaScript, the regional versions, and framing refused.
      name: 'nginx',
      testMatch: /(checkin|offline|safety|versions|deploy)\.spec\.ts$/,
      use: {
        baseURL: `http://127.0.0.1:${NGINX_PORT}`,
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    {
      // Deploys a new version (it changes dist/sw.js for a moment), so it runs alone, after the others.
      name: 'update',
      testMatch: /update\.spec\.ts$/,
      dependencies: ['mobile-360', 'desktop-1280', 'nginx'],
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
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
