// @vitest-environment node
/**
 * The share fragment (src/results/share/fragment-codec.ts): answers from any walk through the flow come
 * back exactly, and nothing else comes back at all. A fragment arrives from a camera, a chat app or a
 * person's hand: damaged, cut short, from an old version or forged, it must give a reason, never a partial
 * summary, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStep, firstPendingStepId, nextStepId, pathFor, RESULTS, unreachableAnswers, type FlowOptions } from '../../../src/session/flow';
import { INSTRUMENTS } from '../../../src/instruments/registry';
import { crc32, forge as forgeCode } from '../../support/forge-code';
import type { Answers } from '../../../src/instruments/types';
import {
  CODE_VALID_DAYS,
  decodeFragment,
  encodeAnswers,
  FRAGMENT_VERSION,
  MAX_FRAGMENT_LENGTH,
  V1_IDS,
  type DecodeFailure,
  type DecodeResult,
} from '../../../src/results/share/fragment-codec';
import { RUNS } from '../../property/runs';

const DAY_MS = 86_400_000;
/** Local calendar dates, as the codec keeps them. */
const TODAY = new Date(2026, 6, 1, 15, 30);
const dayNumber = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
const FIRST_DAY = Date.UTC(2026, 0, 1) / DAY_MS;
const TODAY_DAY = dayNumber(TODAY);
const dateOfDay = (day: number) => {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 9, 41);
};

/** Every answer "yes", "daily" or the highest value: opens every follow-up there is. */
function everything(): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const instrument of INSTRUMENTS) {
    if (instrument.entry.kind === 'intro') answers[instrument.entry.consentId] = 1;
    for (const item of instrument.items) answers[item.id] = Math.max(...item.options.map((o) => o.value));
  }
  for (const step of pathFor(answers)) if (step.kind === 'question') answers[step.id] ??= Math.max(...step.item.options.map((o) => o.value));
  return answers;
}

const forge = (day: number | string, answerChars: string, version = FRAGMENT_VERSION) => forgeCode(day, answerChars, version);
const partsOf = (code: string) => {
  const [, day = '', answers = ''] = code.split('.');
  return { day: parseInt(day, 36), chars: answers.split('') };
};
const at = (id: string) => {
  const index = V1_IDS.indexOf(id);
  if (index === -1) throw new Error(`no ${id} in V1_IDS`);
  return index;
};
/** The values an id may take, from the registry (the test's own reading of it). */
function allowedValues(id: string): number[] {
  for (const instrument of INSTRUMENTS) if (instrument.entry.kind === 'intro' && instrument.entry.consentId === id) return [0, 1];
  const step = pathFor(everything()).find((s) => s.kind === 'question' && s.id === id);
  return step?.kind === 'question' ? step.item.options.map((o) => o.value) : [];
}

// ---- Walking the flow the way the screens do (as tests/property/flow.property.test.ts) ----

interface Walked {
  readonly answers: Record<string, number | undefined>;
  readonly options: FlowOptions;
  readonly authored: Date;
}

/** From the first screen, answers with `choices` until the results, or until `stopAfter` screens (a check-in left part-way). */
function walk(options: FlowOptions, choices: readonly number[], stopAfter: number | null): Record<string, number | undefined> {
  const answers: Record<string, number | undefined> = {};
  let id = firstPendingStepId({}, options);
  for (let screen = 0; id !== RESULTS && (stopAfter === null || screen < stopAfter); screen++) {
    if (screen > 60) throw new Error('the walk looped');
    const choice = choices[screen % choices.length]!;
    const step = findStep(id);
    if (step?.kind === 'intro') {
      // An intro: answer the part (1) or skip it (0).
      answers[step.consentId] = choice % 2;
    } else if (step?.kind === 'question') {
      // An optional question (the alcohol amount) may be left empty: one more "choice".
      const index = choice % (step.item.options.length + (step.optional ? 1 : 0));
      if (index === step.item.options.length) delete answers[id];
      else answers[id] = step.item.options[index]!.value;
    }
    for (const gone of unreachableAnswers(answers, options)) delete answers[gone];
    id = nextStepId(answers, id, options);
  }
  return answers;
}

const OPTIONS: readonly FlowOptions[] = [{}, { off: ['taps'] }, { asked: ['gad7'] }, { asked: ['gad7'], language: 'es' }];

const walkedArb: fc.Arbitrary<Walked> = fc
  .record({
    options: fc.constantFrom(...OPTIONS),
    choices: fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }),
    stopAfter: fc.option(fc.nat(45), { freq: 4 }),
    day: fc.integer({ min: TODAY_DAY - CODE_VALID_DAYS, max: TODAY_DAY }),
  })
  .map(({ options, choices, stopAfter, day }) => ({ answers: walk(options, choices, stopAfter), options, authored: dateOfDay(day) }));

/** What a summary should get back: the walk's answers, and "answered" for a part a link asked for straight away. */
function expected({ answers, options }: Walked): Answers {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(answers)) if (value !== undefined) out[id] = value;
  if (options.asked?.includes('gad7') && options.language !== 'es') out['anxiety-consent'] = 1;
  return out;
}

/**
 * What decoding a walk's code must give (the test's own reading of the rules): refused when no answer at
 * all, or when a PHQ-9 question on the path (other than an optional one) is unanswered; else the answers.
 */
function expectedReason(walked: Walked): 'ok' | 'noAnswers' | 'incomplete' {
  const answers = expected(walked);
  if (Object.keys(answers).length === 0) return 'noAnswers';
  const phq9 = pathFor(answers).filter((step) => step.kind === 'question' && step.id.startsWith('phq9-') && !step.optional);
  return phq9.every((step) => answers[step.id] !== undefined) ? 'ok' : 'incomplete';
}

/** Every PHQ-9 item, so that a case about another part is a whole check-in. */
const PHQ9_DONE = { 'phq9-1': 0, 'phq9-2': 0, 'phq9-3': 0, 'phq9-4': 0, 'phq9-5': 0, 'phq9-6': 0, 'phq9-7': 0, 'phq9-8': 0, 'phq9-9': 0 };

const decodeOk = (code: string) => {
  const result = decodeFragment(code, TODAY);
  if (!result.ok) throw new Error(`${code} rejected: ${result.reason}`);
  return result;
};

/** The v1 layout as first handed out (2026-12): frozen here, outside the code it checks. */
const PUBLISHED_V1 = [
  'phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9', 'phq9-10',
  'anxiety-consent',
  'gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7',
  'substance-consent',
  'taps1-tobacco', 'taps-alcohol-amount', 'taps1-alcohol', 'taps1-drugs', 'taps1-rx',
  'taps2-heroin-1', 'taps2-heroin-2', 'taps2-heroin-3', 'taps2-rxOpioid-1', 'taps2-rxOpioid-2', 'taps2-rxOpioid-3',
  'street-opioids',
  'safety-alone', 'safety-mixing', 'safety-break', 'safety-naloxone', 'safety-fentanyl',
];

describe('the share fragment, v1', () => {
  it("V1_IDS is the instruments' own fragment ids, by slot, and each instrument's list is its consent id, items and added questions", () => {
    const all = everything();
    for (const instrument of INSTRUMENTS) {
      const own: string[] = [];
      if (instrument.entry.kind === 'intro') own.push(instrument.entry.consentId);
      const items = instrument.items.map((item) => item.id);
      own.push(...items);
      for (const step of instrument.steps(all)) if (step.kind === 'question' && !items.includes(step.id)) own.push(step.id);
      expect([...instrument.fragment.ids], `${instrument.id}: fragment.ids must list every answer it keeps`).toEqual(own);
    }
    const slots = INSTRUMENTS.map((instrument) => instrument.fragment.slot);
    expect(new Set(slots).size, 'every instrument has a slot of its own').toBe(slots.length);
    const bySlot = [...INSTRUMENTS].sort((a, b) => a.fragment.slot - b.fragment.slot).flatMap((i) => i.fragment.ids);
    expect([...V1_IDS]).toEqual(bySlot);
    expect(new Set(V1_IDS).size).toBe(V1_IDS.length);
    // Every id has values that fit one digit.
    for (const id of V1_IDS) expect(allowedValues(id).every((v) => Number.isInteger(v) && v >= 0 && v <= 9), id).toBe(true);
  });

  it('is append-only: the layout published in v1 is where it was, so every code handed out still reads', () => {
    expect(
      V1_IDS.slice(0, PUBLISHED_V1.length),
      'An instrument published in v1 changed its slot or its ids: codes already handed out would be read wrongly. Do not edit a published list — give a new instrument a new, higher slot, or add a v2 with its own layout and keep decoding v1.',
    ).toEqual(PUBLISHED_V1);
  });

  it('CRC-32 is the standard one (check value of "123456789" is cbf43926)', () => {
    expect(crc32('123456789').toString(16)).toBe('cbf43926');
    const code = encodeAnswers({ 'phq9-1': 1 }, {}, TODAY);
    const body = code.slice(0, code.lastIndexOf('.'));
    expect(code.slice(code.lastIndexOf('.') + 1)).toBe(crc32(body).toString(36).padStart(7, '0'));
  });

  it('gives back the same answers and day for any walk through the flow that finished the PHQ-9, and refuses the rest [H23]', () => {
    const counts = { ok: 0, noAnswers: 0, incomplete: 0 };
    const property = fc.property(walkedArb, (walked) => {
      const code = encodeAnswers(walked.answers, walked.options, walked.authored);
      expect(code).toMatch(/^[0-9a-z.-]+$/);
      expect(code.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
      const reason = expectedReason(walked);
      counts[reason]++;
      for (const input of [code, `#${code}`]) {
        if (reason !== 'ok') {
          expect(decodeFragment(input, TODAY)).toEqual({ ok: false, reason });
          continue;
        }
        const result = decodeOk(input);
        expect(result.answers).toEqual(expected(walked));
        expect(dayNumber(result.authored)).toBe(dayNumber(walked.authored));
      }
    });
    RUNS.assert('fragment: round trip of random walks through the flow', property, 2_000);
    console.log(`fragment: walks ${JSON.stringify(counts)}`);
    // The generator reaches each outcome (a property that only ever saw one would prove little).
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
  });

  it('round trips the explicit cases: mood only, everything, item 9 above 0', () => {
    const moodOnly = { 'phq9-1': 1, 'phq9-2': 0, 'phq9-3': 2, 'phq9-4': 0, 'phq9-5': 0, 'phq9-6': 3, 'phq9-7': 0, 'phq9-8': 0, 'phq9-9': 0, 'phq9-10': 1 };
    expect(unreachableAnswers(moodOnly)).toEqual([]);
    expect(decodeOk(encodeAnswers(moodOnly, {}, TODAY)).answers).toEqual(moodOnly);
    expect(decodeOk(encodeAnswers(moodOnly, { off: ['taps'] }, TODAY)).answers).toEqual(moodOnly);

    const full = everything();
    expect(firstPendingStepId(full)).toBe(RESULTS);
    expect(unreachableAnswers(full)).toEqual([]);
    const fullCode = encodeAnswers(full, {}, TODAY);
    expect(fullCode).not.toContain('-');
    expect(decodeOk(fullCode).answers).toEqual(full);
    expect(dayNumber(decodeOk(fullCode).authored)).toBe(TODAY_DAY);

    const item9 = { ...moodOnly, 'phq9-9': 2 };
    const decoded = decodeOk(encodeAnswers(item9, {}, TODAY));
    expect(decoded.answers['phq9-9']).toBe(2);
    expect(decoded.answers).toEqual(item9);
  });

  it('normalises before encoding: drops answers off the path, records a part a link asked for', () => {
    const stale = { ...PHQ9_DONE, 'anxiety-consent': 0, 'gad7-1': 3, 'substance-consent': 1, 'taps1-drugs': 0, 'taps2-heroin-1': 1, 'safety-alone': 1, 'unknown-question': 2 };
    expect(decodeOk(encodeAnswers(stale, {}, TODAY)).answers).toEqual({ ...PHQ9_DONE, 'anxiety-consent': 0, 'substance-consent': 1, 'taps1-drugs': 0 });
    expect(decodeOk(encodeAnswers({ ...PHQ9_DONE, 'gad7-1': 2 }, { asked: ['gad7'] }, TODAY)).answers).toEqual({ ...PHQ9_DONE, 'anxiety-consent': 1, 'gad7-1': 2 });
    expect(decodeOk(encodeAnswers({ ...PHQ9_DONE, 'substance-consent': 1, 'taps1-tobacco': 2 }, { off: ['taps'] }, TODAY)).answers).toEqual(PHQ9_DONE);
    expect(() => encodeAnswers({ 'phq9-1': 12 }, {}, TODAY)).toThrow(/one digit/);
  });

  it('gives the reason for each kind of bad fragment [H23]', () => {
    const code = encodeAnswers(everything(), {}, TODAY);
    const { day, chars } = partsOf(code);
    const with_ = (changes: Record<string, string>) => {
      const copy = [...chars];
      for (const [id, char] of Object.entries(changes)) copy[at(id)] = char;
      return copy.join('');
    };
    const cases: [string, DecodeFailure][] = [
      ['', 'empty'],
      ['#', 'empty'],
      [`${code}${'0'.repeat(MAX_FRAGMENT_LENGTH)}`, 'tooLong'],
      [code.replace(/^v1/, 'v0'), 'version'],
      [code.replace(/^v1/, 'v2'), 'version'],
      [code.replace(/^v1/, 'V1'), 'format'],
      ['hello', 'format'],
      [`##${code}`, 'format'],
      [`${code} `, 'format'],
      [code.toUpperCase(), 'format'],
      [code.replace(/\.([0-9a-z]+)$/, (_, c: string) => `.${c.toUpperCase()}`), 'format'],
      // A day with a leading zero and a valid checksum: the same day, but not what the encoder writes.
      [forge(`0${day.toString(36)}`, chars.join('')), 'format'],
      [code.replace(/\.([0-9a-z]+)$/, (_, c: string) => `.${c === '0000000' ? '0000001' : '0000000'}`), 'checksum'],
      [forge(day, with_({ 'phq9-1': '4' })), 'values'],
      [forge(day, with_({ 'anxiety-consent': '2' })), 'values'],
      [forge(day, with_({ 'taps-alcohol-amount': '3' })), 'values'],
      [forge(TODAY_DAY + 2, chars.join('')), 'date'],
      [forge(FIRST_DAY - 1, chars.join('')), 'date'],
      [forge(day, with_({ 'anxiety-consent': '0' })), 'inconsistent'],
      [forge(day, with_({ 'taps1-drugs': '0' })), 'inconsistent'],
      // Older than CODE_VALID_DAYS: refused even when everything else is right.
      [forge(TODAY_DAY - CODE_VALID_DAYS - 1, chars.join('')), 'expired'],
      [forge(FIRST_DAY, chars.join('')), 'expired'],
      // A code with no answers at all, and one without the whole PHQ-9.
      [forge(day, '-'.repeat(V1_IDS.length)), 'noAnswers'],
      [forge(day, with_({ 'phq9-4': '-' })), 'incomplete'],
      [forge(day, '1' + '-'.repeat(V1_IDS.length - 1)), 'incomplete'],
    ];
    for (const [input, reason] of cases) expect(decodeFragment(input, TODAY), input).toEqual({ ok: false, reason });
    // Tomorrow is allowed: the clinician may be a time zone behind. The last valid day is allowed.
    expect(decodeFragment(forge(TODAY_DAY + 1, chars.join('')), TODAY).ok).toBe(true);
    expect(decodeFragment(forge(TODAY_DAY - CODE_VALID_DAYS, chars.join('')), TODAY).ok).toBe(true);
  });

  it('never throws, and accepts only canonical codes, over 10,000 random and damaged fragments [H23]', () => {
    const outcomes = new Map<string, number>();
    let inputs = 0;
    let errors = 0;
    let firstError: unknown = null;
    let accepted = 0;
    let canonical = 0;

    /** Decodes one input, counts the outcome, and returns the result (or null when it threw). */
    const check = (input: string): DecodeResult | null => {
      inputs++;
      let result: DecodeResult;
      try {
        result = decodeFragment(input, TODAY);
      } catch (error) {
        errors++;
        firstError ??= error;
        return null;
      }
      if (result.ok) {
        accepted++;
        // Accepted only if it is exactly what the encoder writes for what it decoded to.
        if (encodeAnswers(result.answers, {}, result.authored) === input.replace(/^#/, '')) canonical++;
        else throw new Error(`accepted a non-canonical code: ${JSON.stringify(input)}`);
      } else {
        // A failure is just the reason: nothing of the answers leaks out.
        expect(Object.keys(result).sort()).toEqual(['ok', 'reason']);
        outcomes.set(result.reason, (outcomes.get(result.reason) ?? 0) + 1);
      }
      return result;
    };
    const reasonOf = (result: DecodeResult | null) => (result === null ? 'threw' : result.ok ? 'ok' : result.reason);

    // (a) Random strings: any UTF-16 (lone surrogates too), printable ASCII, and our own alphabet behind "v1.".
    const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
    const ours = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz.-#'), maxLength: 70 });
    const randomStrings = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
      printable,
      ours.map((s) => `v1.${s}`),
      ours.map((s) => `#${s}`),
    );
    RUNS.assert('fragment fuzz: random strings', fc.property(randomStrings, (input) => void check(input)), 5_000);

    // (b) Damaged valid codes. Each mutation that must fail for a known reason says which.
    const code = (w: Walked) => encodeAnswers(w.answers, w.options, w.authored);
    const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
    // Valid values and a valid checksum, but answers the flow could not have kept.
    const inconsistencies: Record<string, string>[] = [
      { 'anxiety-consent': '0', 'gad7-1': '2' },
      { 'anxiety-consent': '-', 'gad7-4': '1' },
      { 'substance-consent': '0', 'taps1-tobacco': '3' },
      { 'substance-consent': '1', 'taps1-drugs': '0', 'taps2-heroin-1': '0' },
      { 'substance-consent': '1', 'taps1-drugs': '0', 'taps1-rx': '0', 'street-opioids': '1' },
      { 'substance-consent': '1', 'taps1-rx': '0', 'taps2-rxOpioid-1': '1' },
      { 'substance-consent': '1', 'taps1-drugs': '2', 'taps2-heroin-1': '0', 'taps2-heroin-2': '1' },
      // PHQ-9 question 10 with every item at 0; safety answers with no opioid use.
      { ...Object.fromEntries(V1_IDS.filter((id) => /^phq9-[1-9]$/.test(id)).map((id) => [id, '0'])), 'phq9-10': '1' },
      { 'substance-consent': '1', 'taps1-drugs': '0', 'taps1-rx': '0', 'taps2-heroin-1': '-', 'taps2-rxOpioid-1': '-', 'street-opioids': '-', 'safety-alone': '1' },
    ];
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), pos: fc.nat(), char: ascii }),
      fc.record({ kind: fc.constant('delete' as const), pos: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), pos: fc.nat(), char: ascii }),
      fc.record({ kind: fc.constant('truncate' as const), pos: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), pos: fc.nat(), other: fc.nat() }),
      fc.record({ kind: fc.constant('version' as const), to: fc.constantFrom('v0', 'v2', 'v10', 'v01', 'V1', 'v', '1', 'vv1', 'v1v1') }),
      fc.record({ kind: fc.constant('outOfRange' as const), pos: fc.nat() }),
      fc.record({ kind: fc.constant('inconsistent' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('future' as const), by: fc.integer({ min: 2, max: 100_000 }) }),
      fc.record({ kind: fc.constant('past' as const), day: fc.integer({ min: 1, max: FIRST_DAY - 1 }) }),
      fc.record({ kind: fc.constant('stale' as const), day: fc.integer({ min: FIRST_DAY, max: TODAY_DAY - CODE_VALID_DAYS - 1 }) }),
      fc.record({ kind: fc.constant('randomAnswers' as const), chars: fc.array(fc.constantFrom(...'-0123456789'), { minLength: V1_IDS.length, maxLength: V1_IDS.length }) }),
      fc.record({ kind: fc.constant('tooLong' as const), tail: fc.string({ minLength: MAX_FRAGMENT_LENGTH, maxLength: MAX_FRAGMENT_LENGTH + 40 }) }),
      fc.record({ kind: fc.constant('none' as const) }),
    );
    const property = fc.property(walkedArb, mutation, fc.boolean(), (walked, m, hash) => {
      const valid = code(walked);
      const { day, chars } = partsOf(valid);
      let input: string;
      let must: string | null = null;
      switch (m.kind) {
        case 'flip':
          input = valid.slice(0, m.pos % valid.length) + m.char + valid.slice((m.pos % valid.length) + 1);
          if (input !== valid) must = 'rejected';
          break;
        case 'delete':
          input = valid.slice(0, m.pos % valid.length) + valid.slice((m.pos % valid.length) + 1);
          must = 'rejected';
          break;
        case 'insert':
          input = valid.slice(0, m.pos % (valid.length + 1)) + m.char + valid.slice(m.pos % (valid.length + 1));
          // Decided below, once the optional '#' is in front: one '#' is the fragment's own mark (still the
          // same, valid code); a second one is not what the encoder writes, and is refused.
          must = 'insert';
          break;
        case 'truncate':
          input = valid.slice(0, m.pos % valid.length);
          must = 'rejected';
          break;
        case 'swap': {
          const [i, j] = [m.pos % valid.length, m.other % valid.length].sort((a, b) => a - b) as [number, number];
          input = valid.slice(0, i) + valid[j]! + valid.slice(i + 1, j) + valid[i]! + valid.slice(j + 1);
          break;
        }
        case 'version':
          input = m.to + valid.slice(2);
          must = /^v[0-9]+\./.test(input) ? 'version' : 'format';
          break;
        case 'outOfRange': {
          const index = m.pos % V1_IDS.length;
          const bad = '0123456789'.split('').filter((d) => !allowedValues(V1_IDS[index]!).includes(Number(d)));
          const copy = [...chars];
          copy[index] = bad[m.pos % bad.length]!;
          input = forge(day, copy.join(''));
          must = 'values';
          break;
        }
        case 'inconsistent': {
          const copy = [...chars];
          for (const [id, char] of Object.entries(inconsistencies[m.pick % inconsistencies.length]!)) copy[at(id)] = char;
          input = forge(day, copy.join(''));
          must = 'inconsistent';
          break;
        }
        case 'future':
          input = forge(TODAY_DAY + m.by, chars.join(''));
          must = 'date';
          break;
        case 'past':
          input = forge(m.day, chars.join(''));
          must = 'date';
          break;
        case 'stale':
          input = forge(m.day, chars.join(''));
          must = 'expired';
          break;
        case 'randomAnswers':
          // Past the checksum with any answer characters: exercises the values and consistency checks.
          input = forge(day, m.chars.join(''));
          break;
        case 'tooLong':
          input = valid + m.tail;
          must = 'tooLong';
          break;
        case 'none':
          input = valid;
          must = expectedReason(walked);
          break;
      }
      if (hash && m.kind !== 'version') input = `#${input}`;
      if (must === 'insert') must = input === valid || input === `#${valid}` ? expectedReason(walked) : 'rejected';
      const reason = reasonOf(check(input));
      if (must === 'rejected') expect(reason, `${m.kind}: ${valid} → ${input}`).not.toBe('ok');
      else if (must !== null) expect(reason, input).toBe(must);
    });

    // Truncation at every length of a full check-in's code, with and without '#'.
    const full = encodeAnswers(everything(), {}, TODAY);
    let truncations = 0;
    for (let length = 0; length < full.length; length++) {
      for (const input of [full.slice(0, length), `#${full.slice(0, length)}`]) {
        truncations++;
        expect(reasonOf(check(input)), input).not.toBe('ok');
      }
    }
    RUNS.assert('fragment fuzz: damaged valid codes', property, 5_000 - truncations);

    const rejected = [...outcomes.values()].reduce((a, b) => a + b, 0);
    const byReason = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ');
    console.log(
      `fragment fuzz: ${inputs} inputs; ${errors} uncaught errors; rejected ${rejected} (${byReason}); accepted ${accepted} (${canonical === accepted ? 'all canonical' : `${canonical} canonical`})`,
    );
    expect(firstError).toBeNull();
    expect(errors).toBe(0);
    expect(rejected + accepted).toBe(inputs);
  });

  it('keeps a full check-in short enough for a QR code', () => {
    const full = encodeAnswers(everything(), {}, TODAY);
    console.log(`fragment: full check-in ${full.length} characters (${full})`);
    expect(full.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
  });
});
