import { answer, declineAnxiety, expect, skipSubstance, test } from './fixtures';
import { HOSTILE_LINKS } from '../fixtures/hostile-links';

const NOTICE = 'Part of the link you followed could not be used';

test.describe('clinic links cannot pass themselves off as help', () => {
  // One link of each kind the checks refuse, opened in Chromium. Every link of the table goes through the
  // app's own path from the address to the screen in tests/component/hostile-links.test.tsx (123 loads
  // there take 6 s; here they took 95 s of the browser tests' time).
  const KINDS = [...new Map(HOSTILE_LINKS.map((link) => [link.problem, link])).values()];
  test(`a hostile clinic link of each kind (${KINDS.length}) is refused, with a notice, and nothing throws [H10] [H11]`, async ({ page }) => {
    for (const { address } of KINDS) {
      await page.goto(address);
      await expect(page.getByRole('status').filter({ hasText: NOTICE }), address).toBeVisible();
      await expect(page.getByRole('heading', { name: 'From the link you opened — not checked by us' }), address).toHaveCount(0);
    }
    console.log(`hostile clinic links in Chromium: one of each kind (${KINDS.map((link) => link.problem).join(', ')}): refused with a notice ${KINDS.length}; shown as help 0`);
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

  test('a tap on Start before the app has loaded still starts the check-in with the clinic’s settings', async ({ page }) => {
    // Hold the app back, as a slow phone would, so the tap lands on the page the server sent.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/boot-[^/]*\.js$/, async (route) => {
      await held;
      // The first page's request is gone by then (the tap left the page): nothing to continue.
      await route.continue().catch(() => undefined);
    });
    await page.goto('/?add=gad7&clinic=Riverside%20Practice', { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Start the check-in' }).click();
    await expect(page).toHaveURL(/\/check-in\?add=gad7&clinic=Riverside/);
    release();
    await page.unroute(/\/assets\/boot-[^/]*\.js$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Little interest or pleasure in doing things' })).toBeVisible();
    for (let i = 0; i < 9; i++) await answer(page, 'Not at all');
    // The link's settings held: the anxiety questions it added are asked straight away.
    await expect(page.getByRole('heading', { level: 1, name: 'Feeling nervous, anxious, or on edge' })).toBeVisible();
  });
});
