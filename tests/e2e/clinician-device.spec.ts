/**
 * No trace on either device, read from real browser profiles on disk after a clean close (issue 21):
 * - the clinician's: the code reader reads a person's QR code from a (fake) camera, shows the summary, and
 *   leaves no answer in the profile — History, Sessions, Favicons or any other file;
 * - the person's: a check-in's chosen answers are not in the browser's saved form state (Sessions);
 * and the reader's answers to expired, empty and forged codes, the old `/summary#…` address, and old
 * `?lang=` links made to lead off the site.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32 } from 'node:zlib';
import { chromiumArgs, executablePath } from '../../playwright.config';
import { CODE_VALID_DAYS, encodeAnswers, V1_IDS } from '../../src/results/share/fragment-codec';
import { answer, expect, test } from './fixtures';
import { qrVideo } from './qr';

/** A check-in: the PHQ-9 at 13 with item 9 "Several days", the anxiety and substance parts skipped. */
const ANSWERS = {
  'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 3, 'phq9-5': 1, 'phq9-6': 2, 'phq9-7': 1, 'phq9-8': 0, 'phq9-9': 1, 'phq9-10': 2,
  'anxiety-consent': 0, 'substance-consent': 0,
};

/** Every file of a profile, with what it holds of `needles` (UTF-8 or UTF-16, as Chromium writes strings). */
function findInProfile(dir: string, needles: readonly string[]): { files: number; hits: string[] } {
  const walk = (at: string): string[] => readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    try {
      return statSync(path).isDirectory() ? walk(path) : [path];
    } catch {
      return [];
    }
  });
  const files = walk(dir);
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) hits.push(`${relative(dir, file)}: ${needle}`);
    }
  }
  return { files: files.length, hits };
}

/** The profile's files a browser restores or lists: for the report. */
const KEPT = ['History', 'Visited Links', 'Favicons', 'Sessions', 'Current Session', 'Top Sites', 'Shortcuts', 'Network Action Predictor'];

async function profile(args: readonly string[] = []): Promise<{ dir: string; context: BrowserContext }> {
  const dir = mkdtempSync(join(tmpdir(), 'checkin-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: [...chromiumArgs, ...args],
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'block',
  });
  return { dir, context };
}

test.describe('what each device keeps', () => {
  test('the clinician’s device: the reader reads the code from the camera, and the profile keeps no answer [H12] [H23]', async ({ baseURL }, testInfo) => {
    const code = encodeAnswers(ANSWERS, {}, new Date());
    const video = testInfo.outputPath('qr.y4m');
    writeFileSync(video, qrVideo(code));
    let address = '';
    const { dir, context } = await profile(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseURL}/clinicians`);
      await page.getByRole('link', { name: 'Open the code reader' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Read a check-in code' })).toBeVisible();
      await page.getByRole('button', { name: 'Start the camera' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Check-in summary (read-only)' })).toBeVisible({ timeout: 20_000 });
      const summary = page.getByRole('region', { name: 'Check-in summary to bring to my visit' });
      await expect(summary.getByText('PHQ-9 total: 13 of 27 (moderate)')).toBeVisible();
      await expect(summary.getByText(/ANSWERED ABOVE 0/)).toBeVisible();
      await expect(page.getByText('Shown from a code; not verified.')).toBeVisible();
      // The camera is off once the code is read.
      expect(await page.evaluate(() => [...document.querySelectorAll('video')].every((v) => v.srcObject === null))).toBe(true);
      address = page.url();
      // A clean close: the browser writes its history, session and icon files as it would for a person.
      await page.waitForTimeout(1000);
    } finally {
      await context.close();
    }
    const answersPart = code.split('.')[2]!;
    const { files, hits } = findInProfile(dir, [code, answersPart, 'total: 13 of 27', 'ANSWERED ABOVE 0']);
    const kept = readdirSync(join(dir, 'Default')).filter((name) => KEPT.includes(name));
    const visits = findInProfile(join(dir, 'Default'), [`${new URL(baseURL!).host}/scan`]).hits;
    console.log(`clinician's profile: ${files} files (${kept.join(', ')}); the code or an answer in ${hits.length}; /scan in ${visits.map((h) => h.split(':')[0]).join(', ') || 'none'}`);
    rmSync(dir, { recursive: true, force: true });
    expect(hits).toEqual([]);
    expect(address).toBe(`${baseURL}/scan`);
    // The visit itself is in the history, under the reader's neutral address.
    expect(visits.some((hit) => hit.startsWith('History'))).toBe(true);
  });

  test('the person’s device: chosen answers are not in the saved form state of the browser’s Sessions [H12]', async ({ baseURL }) => {
    const { dir, context } = await profile();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseURL}/check-in`);
      await answer(page, 'More than half the days');
      await answer(page, 'Nearly every day');
      // A choice made on the screen now open, not yet sent with Next.
      await page.getByLabel('Several days').check();
      await page.waitForTimeout(1000);
    } finally {
      await context.close();
    }
    const sessions = join(dir, 'Default', 'Sessions');
    const { files, hits } = findInProfile(sessions, ['radio', 'Blink serialized form state']);
    const radios = hits.filter((hit) => hit.endsWith(': radio'));
    console.log(`person's profile: Sessions/ holds ${files} files; form-state blobs ${hits.length - radios.length}; radio states ${radios.length}`);
    rmSync(dir, { recursive: true, force: true });
    expect(files).toBeGreaterThan(0);
    expect(radios).toEqual([]);
  });
});

test.describe('the code reader refuses what it cannot trust', () => {
  const day = 86_400_000;
  const cases: readonly [string, string, RegExp][] = [
    ['expired', encodeAnswers(ANSWERS, {}, new Date(Date.now() - (CODE_VALID_DAYS + 2) * day)), new RegExp(`more than ${CODE_VALID_DAYS} days old`)],
    ['empty', encodeAnswers({}, {}, new Date()), /holds no answers/],
    ['incomplete', encodeAnswers({ 'phq9-1': 1 }, {}, new Date()), /does not hold a whole check-in/],
    ['not a code', 'https://evil.example/?clinic=Crisis', /not a check-in code from this site/],
  ];
  for (const [kind, code, message] of cases) {
    test(`a code that is ${kind}: its message, and nothing from it`, async ({ page }) => {
      await page.goto('/scan');
      await page.getByLabel('Check-in code').fill(code);
      await page.getByRole('button', { name: 'Show the summary' }).click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByText(/PHQ-9 total/)).toHaveCount(0);
      await expect(page.getByRole('link', { name: /988/ }).first()).toBeVisible();
    });
  }

  test('a forged code with a valid checksum shows only answers the check-in can give, and says it is not verified', async ({ page }) => {
    // Made by hand: item 9 at 3 and every other answer 0; the checksum is right, so it reads.
    const made = Object.fromEntries(V1_IDS.filter((id) => /^phq9-([1-9]|10)$/.test(id) || id.endsWith('-consent')).map((id) => [id, id === 'phq9-9' ? 3 : 0]));
    const forged = encodeAnswers(made, {}, new Date());
    await page.goto('/scan');
    await page.getByLabel('Check-in code').fill(forged);
    await page.getByRole('button', { name: 'Show the summary' }).click();
    await expect(page.getByText('Shown from a code; not verified.')).toBeVisible();
    await expect(page.getByText(/anyone could make one/)).toBeVisible();
    // A value off the scale, with its checksum made to match (CRC-32, as the codec's), is refused.
    const [version, dayPart, answersPart] = forged.split('.') as [string, string, string];
    const body = `${version}.${dayPart}.9${answersPart.slice(1)}`;
    const offScale = `${body}.${crc32(body).toString(36).padStart(7, '0')}`;
    await page.getByRole('button', { name: 'Clear and read another code' }).click();
    await page.getByLabel('Check-in code').fill(offScale);
    await page.getByRole('button', { name: 'Show the summary' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /answers the check-in cannot give/ })).toBeVisible();
    await expect(page.getByText(/PHQ-9 total/)).toHaveCount(0);
  });

  test('the old /summary#code address shows nothing from the code, and takes it out of the address', async ({ page }) => {
    await page.goto(`/summary#${encodeAnswers(ANSWERS, {}, new Date())}`);
    await expect(page.getByRole('heading', { level: 1, name: 'The code reader has moved' })).toBeVisible();
    await expect(page.getByText(/PHQ-9 total/)).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByRole('link', { name: 'Open the code reader' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Read a check-in code' })).toBeVisible();
  });
});

test.describe('old links never lead off the site', () => {
  for (const address of ['//evil.example/?lang=en', '//evil.example/?region=us', '/\\evil.example/?lang=en', '/%09/evil.example/?lang=es', '///evil.example/?region=uk']) {
    test(`${JSON.stringify(address)} stays here [H29]`, async ({ page, baseURL }) => {
      let left = false;
      await page.route('**://evil.example/**', (route) => ((left = true), route.fulfill({ body: 'evil' })));
      await page.goto(`${baseURL}${address}`);
      // The crisis line to tap, in English or Spanish (?lang=es leads to es-US).
      await expect(page.getByRole('link', { name: /Call|Llam/ }).first()).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname.startsWith('//')).toBe(false);
      expect(left).toBe(false);
    });
  }
});
