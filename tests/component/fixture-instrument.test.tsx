/**
 * Issue 22's proof that instruments own everything about themselves: an instrument the app has never
 * seen — one file and its strings (tests/fixtures/instrument/) — is registered here, and only here, and
 * walks through the start page, the flow, the results (its section, its rows, its reference, the
 * at-a-glance step), the review list, the handout, copy-as-text, the FHIR export, the QR code and the
 * code reader, with no feature file changed. The registry's list is the one thing replaced.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import { decodeFragment, V1_IDS } from '../../src/results/share/fragment-codec';
import { FIXTURE_INSTRUMENT } from '../fixtures/instrument/fixture-instrument';
import fixtureStrings from '../fixtures/instrument/fixture.en.json';
import { forge } from '../support/forge-code';
import { walkCheckin } from '../support/walker';
import { renderApp, screenDriver } from './render-app';

vi.mock('../../src/instruments/registered', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/instruments/registered')>();
  const { FIXTURE_INSTRUMENT: fixture } = await import('../fixtures/instrument/fixture-instrument');
  return { INSTRUMENTS: [...real.INSTRUMENTS, fixture] };
});

const PHQ9_ZEROS = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 0]));
// Mood all 0, anxiety and substance use skipped, the fixture answered: 2 + 1 = 3 of 4, "high".
const ANSWERS = { ...PHQ9_ZEROS, 'anxiety-consent': 0, 'substance-consent': 0, 'fixture-consent': 1, 'fixture-1': 2, 'fixture-2': 1 };

afterEach(() => vi.restoreAllMocks());

describe('an instrument the app has never seen, registered from its own file and strings [H5]', () => {
  it('has its place in the code at the end of the layout (slot 4), after every published answer', () => {
    expect(V1_IDS.slice(-3)).toEqual(['fixture-consent', 'fixture-1', 'fixture-2']);
    expect(V1_IDS).toHaveLength(39);
  });

  it('walks through the start page, the flow, the results, review, handout, copy-as-text, FHIR export and QR code', async () => {
    const { user } = await renderApp('/');
    // The start page lists it, from its own strings.
    expect(await screen.findByText('Fixture part: 2 made-up questions')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Start the check-in' }));

    // Its intro and its two questions, in the flow after the TAPS (the walker checks each screen's heading).
    const given = await walkCheckin(screenDriver(user), { answers: ANSWERS, strings: fixtureStrings });
    expect(given).toMatchObject({ 'fixture-consent': 1, 'fixture-1': 2, 'fixture-2': 1 });

    // The results: its section with its total, band and band text, and its reference listed.
    expect(await screen.findByRole('heading', { level: 1, name: 'Your check-in results' })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Fixture part' });
    expect(within(section).getByText('Your total score is 3 out of 4.')).toBeInTheDocument();
    expect(within(section).getByText(/in the range that clinicians call/)).toHaveTextContent('high');
    expect(within(section).getByText(/Your fixture answers are high\./)).toBeInTheDocument();
    expect(screen.getByText(/Fixture source, example\.org \(a test reference\)\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /example\.org\/fixture-source/ })).toHaveAttribute('href', 'https://example.org/fixture-source');
    expect(screen.getByText('FX-2 is a test fixture, not a real questionnaire.')).toBeInTheDocument();
    // Its next step, at a glance and in full; its "concern" band keeps "below the threshold" away.
    expect(within(screen.getByRole('region', { name: 'Your results at a glance' })).getByText('Talk with a clinician about the fixture answers.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'What you can do next' })).getByText(/Your fixture answers are high: talk about them with a clinician\./)).toBeInTheDocument();
    expect(screen.queryByText(/A score under 10 does not mean nothing is wrong/)).toBeNull();

    // The review list: its part, its answers.
    const review = screen.getByRole('region', { name: 'Your answers' });
    expect(within(review).getByText('Fixture part (FX-2)')).toBeInTheDocument();
    expect(within(review).getByText('Fixture often')).toBeInTheDocument();

    // The handout (rendered for printing): its heading and its rows.
    fireEvent(window, new Event('beforeprint'));
    const handout = await screen.findByRole('region', { name: 'Check-in summary to bring to my visit' });
    expect(within(handout).getByRole('heading', { name: 'Fixture: FX-2 (past week)' })).toBeInTheDocument();
    expect(within(handout).getByRole('row', { name: /Fixture question one about a made-up feeling.*Fixture often/ })).toBeInTheDocument();
    fireEvent(window, new Event('afterprint'));

    // Copy as text.
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Summary copied.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/FX-2.*3.*4.*high/);

    // The FHIR export: its own Questionnaire, its items' English text and answers.
    let file: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => ((file = blob), 'blob:fixture'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download for my clinic’s records' }));
    expect(await screen.findByText('The file was saved to your downloads.')).toBeInTheDocument();
    const bundle = JSON.parse(await file!.text()) as Bundle;
    const response = bundle.entry?.map((e) => e.resource).find((r): r is QuestionnaireResponse => r?.resourceType === 'QuestionnaireResponse' && r.questionnaire?.endsWith('/fhir/Questionnaire/fixture') === true);
    expect(response?.item?.map((item) => [item.text, item.answer?.[0]?.valueCoding?.display])).toEqual([
      ['Fixture question one about a made-up feeling', 'Fixture often'],
      ['Fixture question two about a made-up habit', 'Fixture sometimes'],
    ]);

    // The QR code holds its answers, at the end of the code.
    await user.click(screen.getByRole('button', { name: 'Show to my clinician' }));
    await user.click(screen.getByRole('button', { name: 'Show the code' }));
    expect(await screen.findByRole('img', { name: 'QR code of your check-in summary' })).toBeInTheDocument();
    await user.click(screen.getByText('Show the code as text'));
    const code = (await screen.findByText(/^v1\.[0-9a-z]+\.[-0-9]{39}\.[0-9a-z]{7}$/)).textContent;
    const decoded = decodeFragment(code, new Date());
    expect(decoded.ok && decoded.answers).toMatchObject({ 'fixture-consent': 1, 'fixture-1': 2, 'fixture-2': 1 });

    // Append-only: a code handed out before the fixture was registered (the first 36 places) still reads,
    // with none of the fixture's answers; a length that ends inside an instrument does not.
    const [, day = '', chars = ''] = /^v1\.([0-9a-z]+)\.([-0-9]+)\./.exec(code)!;
    const before = decodeFragment(forge(day, chars.slice(0, 36)), new Date());
    expect(before.ok && Object.keys(before.answers).some((id) => id.startsWith('fixture'))).toBe(false);
    expect(before.ok).toBe(true);
    expect(decodeFragment(forge(day, chars.slice(0, 37)), new Date())).toEqual({ ok: false, reason: 'format' });
  });

  it("the code reader shows its answers from a code, in its handout's words", async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Start the check-in' }));
    await walkCheckin(screenDriver(user), { answers: ANSWERS, strings: fixtureStrings });
    await user.click(await screen.findByRole('button', { name: 'Show to my clinician' }));
    await user.click(screen.getByRole('button', { name: 'Show the code' }));
    await user.click(await screen.findByText('Show the code as text'));
    const code = (await screen.findByText(/^v1\./)).textContent;

    const reader = await renderApp('/scan');
    await reader.user.type(await screen.findByRole('textbox', { name: 'Check-in code' }), code);
    await reader.user.click(screen.getByRole('button', { name: 'Show the summary' }));
    expect(await screen.findByRole('heading', { name: 'Fixture: FX-2 (past week)' })).toBeInTheDocument();
    expect(FIXTURE_INSTRUMENT.fragment.slot).toBe(4);
  });
});
