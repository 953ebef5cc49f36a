import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

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

test.describe('the production server', () => {
  test('a page on another origin cannot frame the app (frame-ancestors none), while a server without the header can be framed', async ({ browser, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'nginx', 'the header comes from nginx (deploy/)');
    // The control: vite preview sends no frame-ancestors, so the frame shows the start page there.
    expect(await framedHeading(browser, 'http://127.0.0.1:4173/')).toBe('A private check-in on mood and substance use');
    expect(await framedHeading(browser, `${baseURL}/`)).toBeNull();
  });

  test('every page carries the security headers, and assets are cached for a year [H18]', async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== 'nginx', 'the headers come from nginx (deploy/)');
    const page = await request.get('/');
    const headers = page.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
    expect((await request.get('/assets/nope.js')).status()).toBe(404);
  });
});
