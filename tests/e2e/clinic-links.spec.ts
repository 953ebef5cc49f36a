import { answer, declineAnxiety, expect, skipSubstance, test } from './fixtures';
import { HOSTILE_NAMES, HOSTILE_PHONES } from '../fixtures/hostile-links';

const NOTICE = 'Part of the link you followed could not be used';

test.describe('clinic links cannot pass themselves off as help', () => {
  test('every hostile clinic name and phone number is refused, with a notice, and nothing throws [H10] [H11]', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop-1280', 'the table runs once');
    const versionOf: Record<string, string> = { US: '', CA: '/en-ca', GB: '/en-gb', MX: '/en-mx', ES: '/en-es' };
    let refused = 0;
    const cases = [
      ...HOSTILE_NAMES.map(([name]) => `/?clinic=${encodeURIComponent(name)}`),
      ...HOSTILE_PHONES.map(([phone, country]) => `${versionOf[country]}/?phone=${encodeURIComponent(phone)}`),
    ];
    for (const url of cases) {
      await page.goto(url);
      await expect(page.getByRole('status').filter({ hasText: NOTICE }), url).toBeVisible();
      await expect(page.getByRole('heading', { name: 'From the link you opened — not checked by us' }), url).toHaveCount(0);
      refused++;
    }
    console.log(`hostile clinic links: ${HOSTILE_NAMES.length} names + ${HOSTILE_PHONES.length} numbers = ${cases.length}; refused with a notice ${refused}; shown as help 0`);
    expect(refused).toBe(cases.length);
  });

  test('an accepted clinic shows after the official crisis contacts, labelled, with its number dialled correctly [H11]', async ({ page, axe }) => {
    await page.goto('/en-gb/?clinic=Riverside%20Practice&phone=%2B44%20(0)20%207946%200000');
    const fromLink = page.getByRole('region', { name: 'From the link you opened — not checked by us' });
    await expect(fromLink).toContainText('Shared by: Riverside Practice');
    // After the crisis contacts on the start page.
    const crisis = await page.getByRole('region', { name: 'If you are in crisis or thinking about suicide' }).boundingBox();
    expect((await fromLink.boundingBox())!.y).toBeGreaterThan(crisis!.y);
    await axe();

    await page.getByRole('link', { name: 'Start the check-in' }).click();
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    await declineAnxiety(page);
    await skipSubstance(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-in results' })).toBeVisible();
    const clinic = page.getByRole('region', { name: 'From the link you opened — not checked by us' });
    await expect(clinic.getByRole('link', { name: 'Call 020 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
    const help = await page.getByRole('region', { name: 'Where to get help' }).boundingBox();
    expect((await clinic.boundingBox())!.y, 'after the official services').toBeGreaterThan(help!.y);
    await axe();
  });
});
