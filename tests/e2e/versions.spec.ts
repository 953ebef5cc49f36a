import { namespaceStrings } from '../support/locales';
import { answer, expect, expectNothingStored, test } from './fixtures';
import { checkPage } from '../../scripts/vite/number-check';
import { pathIn, VERSIONS, type Version } from '../../src/visit/versions';
import { crisisLineOf, REGIONS } from '../../src/regions';

type Strings = Record<string, unknown>;
const load = (lang: string, name: string) => namespaceStrings(lang, name);
const get = (node: unknown, path: string): string => path.split('.').reduce<unknown>((n, k) => (n as Strings)[k], node) as string;
const words = {
  en: { common: load('en', 'common'), checkin: load('en', 'checkin'), results: load('en', 'results'), family: load('en', 'family/guide') },
  es: { common: load('es', 'common'), checkin: load('es', 'checkin'), results: load('es', 'results'), family: load('es', 'family/guide') },
  fr: { common: load('fr', 'common'), checkin: load('fr', 'checkin'), results: load('fr', 'results'), family: load('fr', 'family/guide') },
};
const version = (tag: string) => VERSIONS.find((v) => v.tag === tag)!;
const regionOf = (v: Version) => REGIONS.find((r) => r.id === v.region)!;

test.describe('regional versions', () => {
  // The versions in two halves (four pages each, JavaScript off), so they share the workers.
  for (const half of [VERSIONS.slice(0, 5), VERSIONS.slice(5)]) {
    test(`with JavaScript off, the pages of ${half.map((v) => v.tag).join(', ')} are in their language, with their country's lines only [H3]`, async ({ browser, baseURL }) => {
      test.setTimeout(20_000 + half.length * 4 * 2_500);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const v of half) {
      const lang = v.lang;
      const region = regionOf(v);
      const line = crisisLineOf(region).contacts[0]!;
      for (const [path, heading] of [
        ['/', get(words[lang].common, 'start.title')],
        ['/family', get(words[lang].family, 'title')],
        ['/learn/getting-help', null],
        ['/check-in', get(words[lang].common, 'shell.title')],
      ] as const) {
        const url = pathIn(v, path);
        const response = await page.goto(`${baseURL}${url}`);
        expect(response?.status(), url).toBe(200);
        // Everything read in one go (each call to the browser costs a round trip): the language, what a
        // reader sees (innerText: Playwright's text engine skips <noscript>), the crisis bar's visible
        // links, and the page as the browser holds it.
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          text: document.body.innerText,
          bar: [...document.querySelectorAll<HTMLAnchorElement>('.crisis-bar a[href^="tel:"]')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')),
          html: document.documentElement.outerHTML,
        }));
        expect(seen.lang, url).toBe(v.tag);
        if (heading) expect(seen.text, url).toContain(heading);
        expect(seen.bar, url).toContain(`tel:${line.value}`);
        expect(seen.bar, url).toContain(`tel:${region.emergency}`);
        // The page through the build's own number check (which ran on the files).
        const problems = checkPage(seen.html, region, REGIONS);
        expect(problems.foreign, `${url}: another country's numbers`).toEqual([]);
        expect(problems.placeholders, `${url}: unfilled placeholders`).toEqual([]);
      }
      }
      await context.close();
    });
  }

  test('every page lists all its versions (hreflang, x-default) and the sitemap lists every version', async ({ page, request }) => {
    await page.goto('/es-mx/learn/getting-help');
    for (const v of VERSIONS) {
      await expect(page.locator(`link[rel=alternate][hreflang="${v.tag}"]`)).toHaveAttribute('href', new RegExp(`${pathIn(v, '/learn/getting-help')}$`));
    }
    await expect(page.locator('link[rel=alternate][hreflang="x-default"]')).toHaveAttribute('href', /\/learn\/getting-help$/);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const v of VERSIONS) expect(sitemap).toContain(`${pathIn(v, '/learn/getting-help')}</loc>`);
  });

  test('Spain in Spanish: item 9 above 0 brings crisis support that names 024 and 112, not 988 [H1] [H3]', async ({ page, axe }) => {
    const es = words.es;
    await page.goto('/es-es/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-ES');
    await page.getByRole('link', { name: get(es.common, 'start.startButton') }).click();
    for (let i = 0; i < 8; i++) await answer(page, 'Ningún día', get(es.checkin, 'next'));
    await answer(page, 'Varios días', get(es.checkin, 'next'));
    const support = page.locator('main');
    await expect(page.getByRole('heading', { level: 1, name: get(es.checkin, 'support.title') })).toBeVisible();
    await expect(support.getByRole('link', { name: 'Llame al 024' })).toHaveAttribute('href', 'tel:024');
    await expect(support.getByRole('link', { name: 'Llame al 112' })).toHaveAttribute('href', 'tel:112');
    await expect(page.locator('a[href*="988"], a[href="tel:911"]')).toHaveCount(0);
    await expect(page.getByText(/988|911/)).toHaveCount(0);
    await axe();
    await page.getByRole('button', { name: get(es.checkin, 'support.continue') }).click();
    await answer(page, 'Un poco difícil', get(es.checkin, 'next'));
    await page.getByRole('button', { name: get(es.checkin, 'intro.substance.skip') }).click();
    await expect(page.getByRole('heading', { level: 1, name: get(es.results, 'title') })).toBeVisible();
    const top = page.locator('#support-top-heading').locator('..');
    await expect(top.getByRole('link', { name: 'Llame al 024' })).toBeVisible();
    await expect(page.getByText(/988|911/)).toHaveCount(0);
    await axe();
    await expectNothingStored(page);
  });

  test('an en-AU browser is told its country’s services are not listed, on every page [H3]', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-AU' });
    const page = await context.newPage();
    for (const path of ['/', '/learn/getting-help', '/family']) {
      await page.goto(`${baseURL}${path}`);
      const notice = page.getByRole('status').filter({ hasText: 'Your country’s help services are not listed here.' });
      await expect(notice, path).toBeVisible();
      await expect(notice).toContainText('call your local emergency number');
      await expect(notice.getByRole('link', { name: 'United Kingdom' })).toHaveAttribute('href', pathIn(version('en-GB'), path));
    }
    await context.close();
  });

  test('a browser set to a listed country is offered the same page for it; choosing it keeps the page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    for (const path of ['/learn/getting-help', '/family']) {
      await page.goto(`${baseURL}${path}`);
      await expect(page.getByRole('link', { name: 'Show help services for Mexico' }), path).toBeVisible();
      await expect(page.getByText('Your country’s help services are not listed here.'), path).toBeHidden();
    }
    await page.goto(`${baseURL}/learn/getting-help`);
    await page.getByRole('link', { name: 'Show help services for Mexico' }).click();
    await expect(page).toHaveURL(/\/en-mx\/learn\/getting-help$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-MX');
    await expect(page.locator('.crisis-bar a[href="tel:8009112000"]')).toBeVisible();
    await context.close();
  });

  test('an old ?lang=es&region=mx link lands on the es-MX version, keeping the clinic’s settings', async ({ page }) => {
    await page.goto('/?lang=es&region=mx&parts=mood');
    await expect(page).toHaveURL(/\/es-mx\/\?parts=mood$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(get(words.es.common, 'start.title'));
    await expect(page.getByText(get(words.es.common, 'start.partSubstance'))).toHaveCount(0);
    await page.goto('/learn/opioids-and-mood?region=uk');
    await expect(page).toHaveURL(/\/en-gb\/learn\/opioids-and-mood$/);
  });

  test('an unknown ?lang= and ?region= fall back with a notice', async ({ page }) => {
    await page.goto('/?lang=xx&region=zz');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    const notice = page.getByRole('status').filter({ hasText: 'That language is not available yet' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('help services for the US are shown');
  });

  test('switching language keeps the current question and the answers; the country stays', async ({ page }) => {
    await page.goto('/en-gb/check-in');
    await answer(page, 'Several days');
    await answer(page, 'More than half the days');
    await expect(page.getByRole('heading', { level: 1, name: 'Trouble falling or staying asleep, or sleeping too much' })).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Ha tenido dificultad para quedarse o permanecer dormido/ })).toBeVisible();
    await expect(page).toHaveURL(/\/es-gb\/check-in$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-GB');
    await expect(page.locator('.crisis-bar a[href="tel:116123"]')).toBeVisible();
    expect(await page.evaluate(() => history.length), 'the switch replaces the entry').toBe(before);
    await page.locator('main a.button--secondary').click(); // Back, in Spanish
    await expect(page.getByRole('radio', { name: 'Más de la mitad de los días' })).toBeChecked();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
  });

  test('switching country changes every number shown, and keeps the page [H3]', async ({ page }) => {
    await page.goto('/family');
    await expect(page.locator('.crisis-bar a[href="tel:911"]')).toBeVisible();
    await page.locator('#countries').getByRole('link', { name: 'United Kingdom' }).click();
    await expect(page).toHaveURL(/\/en-gb\/family$/);
    await expect(page.getByRole('link', { name: 'Samaritans: 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(page.getByRole('link', { name: 'Emergency: 999' })).toHaveAttribute('href', 'tel:999');
    expect(checkPage(await page.content(), regionOf(version('en-GB')), REGIONS).foreign).toEqual([]);
  });

  test('a UK clinic’s link and flyer carry UK numbers', async ({ page, baseURL }) => {
    await page.goto('/clinicians');
    await page.getByLabel('Clinic name (optional)').fill('Riverside Practice');
    await page.getByLabel('Help services and emergency numbers for').selectOption('uk');
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('Link for patients').inputValue();
    expect(link).toBe(`${baseURL}/en-gb/?clinic=Riverside+Practice`);
    await page.getByRole('link', { name: 'Print a waiting-room flyer' }).click();
    await expect(page).toHaveURL(/\/en-gb\/clinicians\/flyer\?clinic=Riverside\+Practice$/);
    const flyer = page.locator('.flyer');
    await expect(flyer.getByText('In crisis? Samaritans: 116 123. Emergency: 999.')).toBeVisible();
    await expect(flyer.getByText(/988|911/)).toHaveCount(0);
    await expect(flyer.getByText(`${baseURL}/en-gb/?clinic=Riverside+Practice`)).toBeVisible();
  });
});
