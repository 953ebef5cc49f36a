import { expect, test } from './fixtures';

// Controls for the checks the other browser tests lean on: each is shown to fail on a planted fault, so a
// pass elsewhere means something.
test.describe('the checks themselves', () => {
  test('the axe check reports a planted violation, and passes the page without it', async ({ page, axe }) => {
    await page.goto('/learn');
    await expect(page.locator('main h1')).toBeVisible();
    await axe();
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')?.append(image);
    });
    await expect(axe()).rejects.toThrow(/image-alt/);
  });
});
