import { readFileSync } from 'node:fs';
import { answer, expect, expectNothingStored, test } from './fixtures';

import type Checkin from '../../src/locales/es/checkin.json';
import type Common from '../../src/locales/es/common.json';
import type Instruments from '../../src/locales/es/instruments.json';
import type Results from '../../src/locales/es/results.json';

const load = <T>(name: string) => JSON.parse(readFileSync(`src/locales/es/${name}.json`, 'utf8')) as T;
// The Spanish strings, read from the locale files so the walk follows whatever they say.
const es = {
  common: load<typeof Common>('common'),
  checkin: load<typeof Checkin>('checkin'),
  results: load<typeof Results>('results'),
  instruments: load<typeof Instruments>('instruments'),
};

test.describe('Spanish, language switching and regions', () => {
  test('the whole check-in in Spanish (?lang=es), with the PHQ-9 US-Spanish wording and axe 0', async ({ page, axe }) => {
    await page.goto('/?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: es.common.start.title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
    await axe();
    await page.getByRole('link', { name: es.common.start.startButton }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Poco interés o placer en hacer cosas' })).toBeVisible();
    await expect(page.getByText('Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?')).toBeVisible();
    await axe();
    await page.getByRole('button', { name: es.checkin.next }).click();
    await expect(page.getByRole('alert')).toContainText(es.checkin.error.required);
    await axe();

    for (let i = 0; i < 8; i++) await answer(page, 'Ningún día', es.checkin.next);
    await answer(page, 'Varios días', es.checkin.next);
    await expect(page.getByRole('heading', { level: 1, name: es.checkin.support.title })).toBeVisible();
    await axe();
    await page.getByRole('button', { name: es.checkin.support.continue }).click();
    await answer(page, 'Un poco difícil', es.checkin.next);

    await page.getByRole('button', { name: es.checkin.substanceIntro.continue }).click();
    await expect(page.getByText(es.checkin.translationNote)).toBeVisible();
    await axe();
    const never = es.instruments.taps.options.never;
    await answer(page, never, es.checkin.next);
    await page.getByRole('button', { name: es.checkin.next }).click(); // alcohol amount: none chosen
    for (let i = 0; i < 3; i++) await answer(page, never, es.checkin.next);

    await expect(page.getByRole('heading', { level: 1, name: es.results.title })).toBeVisible();
    await expect(page.getByText(es.results.mood.total.replace('{{total}}', '1'))).toBeVisible();
    await expect(page.getByRole('heading', { name: es.results.supportTop.heading })).toBeVisible();
    await axe();
    await expectNothingStored(page);
  });

  test('an unknown ?lang= and ?region= fall back with a notice', async ({ page }) => {
    await page.goto('/?lang=xx&region=zz');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const notice = page.getByRole('status').filter({ hasText: 'That language is not available yet' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('help services for the United States are shown');
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
  });

  test('switching language keeps the current question and the answers', async ({ page }) => {
    await page.goto('/check-in/phq9-1');
    await answer(page, 'Several days');
    await answer(page, 'More than half the days');
    await expect(page.getByRole('heading', { level: 1, name: 'Trouble falling or staying asleep, or sleeping too much' })).toBeVisible();
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Ha tenido dificultad para quedarse o permanecer dormido/ })).toBeVisible();
    await expect(page).toHaveURL(/\/check-in\/phq9-3$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.locator('main a.button--secondary').click(); // Back, in Spanish
    await expect(page.getByRole('radio', { name: 'Más de la mitad de los días' })).toBeChecked();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
  });

  test('a region switch changes the numbers shown; ?region= presets it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Emergency: 911' })).toBeVisible();
    await page.getByLabel('Help services for').selectOption('uk');
    await expect(page.getByRole('link', { name: 'Samaritans: 116 123' }).first()).toHaveAttribute('href', 'tel:116123');
    await expect(page.getByRole('link', { name: 'Emergency: 999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: 'Call or text 988' })).toHaveCount(0);

    await page.goto('/?region=es&lang=es');
    await expect(page.getByRole('link', { name: /112/ }).first()).toHaveAttribute('href', 'tel:112');
    await expect(page.getByRole('link', { name: /024/ }).first()).toHaveAttribute('href', 'tel:024');
  });

  test('a clinician’s link can preset Spanish and a region', async ({ page, baseURL }) => {
    await page.goto('/clinicians');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByLabel('Help services and emergency numbers for').selectOption('mx');
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('Link for patients').inputValue();
    expect(link).toBe(`${baseURL}/?lang=es&region=mx`);
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: /800 911 2000/ }).first()).toHaveAttribute('href', 'tel:8009112000');
  });

  test('right-to-left ready: with dir="rtl" the layout mirrors and nothing overflows', async ({ page, axe }) => {
    for (const path of ['/', '/check-in/phq9-1', '/learn/opioids-and-mood', '/family']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      // A pseudo right-to-left locale: same strings, the document's direction flipped, as a real RTL
      // language would set it through i18next's dir().
      await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
        document.documentElement.lang = 'ar';
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
      const name = await page.locator('.site-header__name').boundingBox();
      const leave = await page.getByRole('button', { name: 'Leave this site' }).boundingBox();
      expect(leave!.x, `${path}: leave button on the left in RTL`).toBeLessThan(name!.x);
      const radio = page.locator('input[type=radio]').first();
      if (await radio.count()) {
        const label = await page.locator('.radios__label').first().boundingBox();
        expect((await radio.boundingBox())!.x, 'radio to the right of its label').toBeGreaterThan(label!.x);
      }
      await axe();
    }
  });
});
