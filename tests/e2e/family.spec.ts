import { expect, test } from './fixtures';

test.describe('I’m worried about someone', () => {
  test('from the start page to the overdose guidance by keyboard alone', { tag: '@layout' }, async ({ page, axe }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'I’m worried about someone' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'I’m worried about someone' })).toBeVisible();
    await expect(page.getByText('This is not a test and gives no score.', { exact: false })).toBeVisible();
    await axe();

    // Tab to the first overdose sign and tick it with Space.
    const firstOverdoseSign = page.locator('.checklist--urgent input[type=checkbox]').first();
    for (let i = 0; i < 60 && !(await firstOverdoseSign.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(firstOverdoseSign).toBeFocused();
    await page.keyboard.press('Space');
    await expect(firstOverdoseSign).toBeChecked();

    // The emergency steps are at the top at once, and announced.
    const emergency = page.locator('.emergency-panel');
    await expect(emergency).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Emergency steps are now at the top of the page.' })).toHaveCount(1);
    await expect(emergency.getByText(/911/).first()).toBeVisible();
    await expect(emergency.getByText(/naloxone/i).first()).toBeVisible();
    const box = await emergency.boundingBox();
    const checklist = await page.getByRole('heading', { name: 'Signs you may have noticed' }).boundingBox();
    expect(box!.y).toBeLessThan(checklist!.y);

    const goToEmergency = page.getByRole('link', { name: 'Go to the emergency steps' });
    for (let i = 0; i < 10 && !(await goToEmergency.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(goToEmergency).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#emergency-heading')).toBeFocused();
    await axe();
  });

  test('a sign of suicide talk brings the 988 guidance to the top', async ({ page }) => {
    await page.goto('/family');
    await page.locator('fieldset', { hasText: 'suicide' }).locator('input[type=checkbox]').first().check();
    const emergency = page.locator('.emergency-panel');
    await expect(emergency).toBeVisible();
    await expect(emergency.getByText(/988/).first()).toBeVisible();
  });

  test('guidance covers support for the family member', async ({ page }) => {
    await page.goto('/family');
    await expect(page.getByText(/1-855-378-4373/).first()).toBeVisible();
    await expect(page.getByText(/Nar-Anon/).first()).toBeVisible();
    await expect(page.getByText(/not a crisis line|not a 24\/7/i).first()).toBeVisible();
  });
});
