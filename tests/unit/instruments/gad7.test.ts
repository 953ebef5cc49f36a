/**
 * The optional GAD-7: wording, codes and scoring against instruments.md §4, and how the check-in offers it
 * (a yes/no offer after the mood part; asked straight away from a clinic link; never in Spanish).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstPendingStepId, nextStepId, pathFor, unreachableAnswers } from '../../../src/session/flow';
import { GAD7_BANDS, GAD7_INSTRUMENT, GAD7_ITEMS, scoreGad7 } from '../../../src/instruments/gad7';
import { flowOptionsFor, unavailableInLanguage } from '../../../src/instruments/registry';
import type { Answers } from '../../../src/instruments/types';
import enGad7 from '../../../src/locales/en/instruments/gad7.json';
import enPhq9 from '../../../src/locales/en/instruments/phq9.json';
import esGad7 from '../../../src/locales/es/instruments/gad7.json';

const en = { ...enPhq9.instruments, ...enGad7.instruments };
const es = esGad7.instruments;

const REFERENCE = readFileSync(resolve(process.cwd(), 'tests/fixtures/instruments.md'), 'utf8');
const normalise = (s: string) => s.replace(/\s+/g, ' ');
const gad7 = (values: readonly (number | undefined)[]): Answers => Object.fromEntries(values.map((v, i) => [`gad7-${i + 1}`, v]));
const moodZeros: Answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 0]));
const ids = (answers: Answers, options = {}) => pathFor(answers, options).map((step) => step.id);
const GAD7_IDS = GAD7_ITEMS.map((item) => item.id);

describe('GAD-7 definition [H15]', () => {
  it('uses the wording of instruments.md verbatim: the PHQ-9 stem and options, its own 7 items [H15]', () => {
    const ref = normalise(REFERENCE);
    expect(Object.values(en.gad7.items)).toHaveLength(7);
    for (const text of Object.values(en.gad7.items)) expect(ref, text).toContain(normalise(text));
    expect(en.gad7.stem).toBe(en.phq9.stem);
    expect(ref).toContain('Same stem, options and licence line as the PHQ-9');
    expect(GAD7_ITEMS.flatMap((item) => item.options.map((o) => o.labelKey))).toEqual(
      GAD7_ITEMS.flatMap(() => ['phq9.options.0', 'phq9.options.1', 'phq9.options.2', 'phq9.options.3']),
    );
  });

  it('has no Spanish wording at all, and is registered for English only [H15]', () => {
    expect(es.gad7).not.toHaveProperty('stem');
    expect(es.gad7).not.toHaveProperty('items');
    expect(GAD7_INSTRUMENT.languages).toEqual(['en']);
  });

  it('has the LOINC codes of instruments.md and LHC-Forms (item 2 answers "more days than not" as LA18938-3)', () => {
    expect(GAD7_INSTRUMENT.exports.map((e) => [e.loinc?.code, e.total?.code])).toEqual([['69737-5', '70274-6']]);
    expect(GAD7_ITEMS.map((item) => item.loinc)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7']);
    expect(GAD7_ITEMS[0]?.options.map((o) => o.loinc)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    expect(GAD7_ITEMS[1]?.options.map((o) => o.loinc)).toEqual(['LA6568-5', 'LA6569-3', 'LA18938-3', 'LA6571-9']);
  });
});

describe('GAD-7 scoring [H5]', () => {
  it('has the bands of instruments.md: 0–4, 5–9, 10–14, 15–21, with no gap or overlap', () => {
    expect(GAD7_BANDS.map((b) => `${b.band} ${b.min}-${b.max}`)).toEqual(['minimal 0-4', 'mild 5-9', 'moderate 10-14', 'severe 15-21']);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0], 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild'],
    [[3, 3, 3, 0, 0, 0, 0], 9, 'mild'],
    [[3, 3, 3, 1, 0, 0, 0], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2], 14, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0], 15, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'severe'],
  ])('%j → %i, %s [H5]', (values, total, band) => {
    expect(scoreGad7(gad7(values))).toEqual({ total, band, missing: [] });
  });

  it('gives no total while any item is unanswered or out of range, and names the missing ones; never imputes [H5]', () => {
    expect(scoreGad7({})).toEqual({ total: null, band: null, missing: [1, 2, 3, 4, 5, 6, 7] });
    expect(scoreGad7(gad7([3, 3, 3, 3, 3, 3, undefined]))).toEqual({ total: null, band: null, missing: [7] });
    expect(scoreGad7(gad7([3, 4, 3, 3, -1, 3, 1.5]))).toEqual({ total: null, band: null, missing: [2, 5, 7] });
  });
});

describe('how the check-in offers the GAD-7', () => {
  it('offers it after the mood part (after question 10 when there is one), before substance use', () => {
    expect(ids(moodZeros)).toEqual([...Object.keys(moodZeros), 'anxiety', 'substance']);
    expect(nextStepId(moodZeros, 'phq9-9')).toBe('anxiety');
    const withQ10 = { ...moodZeros, 'phq9-2': 1, 'phq9-10': 0 };
    expect(nextStepId(withQ10, 'phq9-10')).toBe('anxiety');
  });

  it('"no" goes on to substance use and asks none of it; "yes" asks the 7 questions in order', () => {
    expect(ids({ ...moodZeros, 'anxiety-consent': 0 }).slice(9)).toEqual(['anxiety', 'substance']);
    expect(ids({ ...moodZeros, 'anxiety-consent': 1 }).slice(9)).toEqual(['anxiety', ...GAD7_IDS, 'substance']);
    expect(firstPendingStepId({ ...moodZeros, 'anxiety-consent': 1, ...gad7([1, 1, 1]) })).toBe('gad7-4');
  });

  it('changing "yes" to "no" drops the anxiety answers [H6]', () => {
    expect(unreachableAnswers({ ...moodZeros, 'anxiety-consent': 0, ...gad7([1, 2]) }).sort()).toEqual(['gad7-1', 'gad7-2']);
  });

  it('a clinic link that adds it (?add=gad7) asks it straight away, with no offer to skip', () => {
    const options = flowOptionsFor({ parts: 'all', add: ['gad7'] }, 'en');
    expect(ids(moodZeros, options).slice(9)).toEqual([...GAD7_IDS, 'substance']);
  });

  it('in Spanish it is neither offered nor asked, even when a link adds it; the visit is told instead [H15]', () => {
    const options = flowOptionsFor({ parts: 'all', add: ['gad7'] }, 'es');
    expect(ids(moodZeros, options).slice(9)).toEqual(['substance']);
    expect(ids(moodZeros, flowOptionsFor({ parts: 'all' }, 'es')).slice(9)).toEqual(['substance']);
    expect(unavailableInLanguage(options).map((i) => i.acronym)).toEqual(['GAD-7']);
    expect(unavailableInLanguage(flowOptionsFor({ parts: 'all', add: ['gad7'] }, 'en'))).toEqual([]);
  });

  it('a mood-only link still offers it (it is the person’s choice), and leaves substance use out', () => {
    expect(ids(moodZeros, flowOptionsFor({ parts: 'mood' }, 'en')).slice(9)).toEqual(['anxiety']);
  });
});
