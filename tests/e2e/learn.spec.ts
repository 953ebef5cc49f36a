import { expect, test } from './fixtures';

const PAGES = [
  'opioids-and-the-brain',
  'what-is-depression',
  'opioids-and-mood',
  'what-research-shows',
  'treatment-and-safety',
  'getting-help',
];

test.describe('Learn', () => {
  test('the index lists every page; the start page links to it', async ({ page, axe }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Learn how opioids and mood affect each other' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
    for (const slug of PAGES) await expect(page.locator(`main a[href="/learn/${slug}"]`)).toHaveCount(1);
    await axe();
  });

  for (const slug of PAGES) {
    test(`${slug}: renders with headings in order, sources and a next step`, async ({ page, axe }) => {
      await page.goto(`/learn/${slug}`);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${(await h1.innerText()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));

      // Headings never skip a level: one h1, then h2s (and h3s only under an h2).
      const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);

      // Every citation links to a listed source that has a link out; nothing is fetched until clicked.
      const citations = page.locator('main sup.citation a');
      expect(await citations.count()).toBeGreaterThan(3);
      const targets = new Set(await citations.evaluateAll((els) => els.map((el) => el.getAttribute('href'))));
      for (const target of targets) await expect(page.locator(`${target} a[href^="https://"]`)).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();

      await expect(page.getByRole('heading', { level: 2, name: 'What you can do next' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
      await axe();
    });
  }

  test('an unknown Learn page says so', async ({ page }) => {
    await page.goto('/learn/heroin-causes-everything');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all Learn pages' })).toBeVisible();
  });

  test('the results link to the explainer that fits them', async ({ page }) => {
    await page.goto('/check-in');
    for (let i = 0; i < 9; i++) {
      await page.getByRole('radio', { name: i < 3 ? 'Several days' : 'Not at all', exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('radio', { name: 'Somewhat difficult' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Skip these questions' }).click();
    await page.getByRole('button', { name: 'Skip this part' }).click();
    const link = page.getByRole('link', { name: /^Read more: / });
    await expect(link).toHaveAttribute('href', '/learn/what-is-depression');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
