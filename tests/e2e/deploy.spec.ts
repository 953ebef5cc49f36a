import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

/** vite preview, the server without the header (E2E_PORT, as in playwright.config.ts). */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Whether a page on another origin gets the app's start page inside its frame. */
async function framedHeading(browser: Browser, target: string): Promise<string | null> {
  // A page of its own, outside the privacy guard: the refused frame is a console error of the framing page.
  const framer = await browser.newPage();
  // A blank page is an origin of its own (opaque): the framing page is on another origin than the app.
  await framer.setContent(`<!doctype html><title>Another site</title><iframe src="${target}" title="framed"></iframe>`);
  const frame = framer.frameLocator('iframe[title="framed"]');
  const heading = await frame
    .getByRole('heading', { level: 1 })
    .textContent({ timeout: 3_000 })
    .catch(() => null);
  await framer.close();
  return heading;
}

// The headers themselves, caching, compression and every address are checked over HTTP by
// scripts/check-deploy.mjs (run by npm test); here, what only a browser shows: a refused frame.
test.describe('the production server', () => {
  test('a page on another origin cannot frame the app (frame-ancestors none), while a server without the header can be framed', { tag: '@nginx' }, async ({ browser, baseURL }) => {
    // The control: vite preview sends no frame-ancestors, so the frame shows the start page there.
    expect(await framedHeading(browser, `http://127.0.0.1:${PORT}/`)).toBe('A private check-in on mood and substance use');
    expect(await framedHeading(browser, `${baseURL}/`)).toBeNull();
  });
});
