// @vitest-environment node
/**
 * The whole-person next steps, over the answer space: random walks through the check-in (every answer,
 * any point to stop, with or without the anxiety questions), read in every country. Each property is one
 * rule of issue 20 that must hold for EVERY combination, checked on what the person reads: the English text
 * of the results' messages and of "copy as text".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStep, firstPendingStepId, nextStepId, RESULTS, SUPPORT, unreachableAnswers, type FlowOptions } from '../../src/session/flow';
import type { Answers } from '../../src/instruments/types';
import { REGIONS } from '../../src/regions';
import { nextSteps, type NextStepContext } from '../../src/results/next-steps';
import { RESULTS_REFERENCES } from '../../src/results/references';
import { summaryText } from '../../src/results/share/summary-text';
import { glanceSteps } from '../../src/results/at-a-glance';
import { summarise } from '../../src/results/summary';
import { namespaceStrings } from '../support/locales';

const results = namespaceStrings('en', 'results');
const instruments = namespaceStrings('en', 'instruments');
import { RUNS } from './runs';

const lookup = (root: unknown, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
  if (typeof value !== 'string') throw new Error(`no English string ${key}`);
  return value;
};
const fill = (text: string, vars: Record<string, unknown> = {}) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => { const value = vars[name]; return typeof value === 'string' || typeof value === 'number' ? String(value) : `{{${name}}}`; });
const t = (key: string, vars?: Record<string, unknown>) => fill(lookup(results, key), vars);
const text = (key: string) => lookup(instruments, key);

/** What a person who says they may not be safe today must never read. */
const LATER = /can pass|keep an eye|in the next 2 weeks|check in again/i;

/** One walk through the check-in: each screen answered with the next choice, until the results or `stop` screens. */
function walk(choices: readonly number[], stop: number, options: FlowOptions): Answers {
  const answers: Record<string, number | undefined> = {};
  let id = firstPendingStepId(answers, options);
  for (let screen = 0; id !== RESULTS && screen < stop; screen++) {
    const choice = choices[screen % choices.length]!;
    const step = findStep(id);
    if (id === SUPPORT) {
      id = nextStepId(answers, SUPPORT, options);
      continue;
    }
    if (step?.kind === 'intro') {
      answers[step.consentId] = choice % 2;
    } else if (step?.kind === 'question') {
      const count = step.item.options.length + (step.optional ? 1 : 0);
      const index = choice % count;
      if (index === step.item.options.length) delete answers[id];
      else answers[id] = step.item.options[index]!.value;
    } else {
      throw new Error(`no step ${id}`);
    }
    for (const gone of unreachableAnswers(answers, options)) delete answers[gone];
    id = nextStepId(answers, id, options);
  }
  return answers;
}

/** The oracle, from the raw answers: opioid use by any route, and drug use or prescription misuse. */
function fromAnswers(answers: Answers) {
  const substance = answers['substance-consent'] === 1;
  return {
    anyOpioidUse: substance && (answers['taps2-heroin-1'] === 1 || answers['taps2-rxOpioid-1'] === 1 || answers['street-opioids'] === 1),
    drugUse: substance && ((answers['taps1-drugs'] ?? 0) > 0 || (answers['taps1-rx'] ?? 0) > 0),
    item9: (answers['phq9-9'] ?? 0) > 0,
  };
}

/** Everything the person is told, by group, in one country. */
function read(answers: Answers, options: FlowOptions, region: string) {
  const summary = summarise(answers, options);
  const context: NextStepContext = { ...summary.context, region };
  const groups = ['mood', 'anxiety', 'linked', 'next', 'safety'] as const;
  const keys = Object.fromEntries(groups.map((group) => [group, nextSteps(context, group)])) as Record<(typeof groups)[number], string[]>;
  const copied = summaryText(answers, summary, '2 December 2026', t, text);
  return { summary, context, keys, all: Object.values(keys).flat(), copied };
}

const visit = fc.record({
  choices: fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 60 }),
  // Most walks reach the results; some stop part-way (a person who leaves for the results early).
  stop: fc.oneof({ weight: 4, arbitrary: fc.constant(200) }, { weight: 1, arbitrary: fc.nat({ max: 40 }) }),
  options: fc.constantFrom<FlowOptions>({}, { asked: ['gad7'] }, { off: ['taps'] }),
});

// Each walk is read in 5 countries; 1,000 walks take about 1–2 s per property here.
const WALKS = 1_000;

describe('whole-person next steps, over every answer and every country', () => {
  it('item 9 above 0: talk with someone today comes first; nothing says it can wait, on the results or the copied text [H1] [H2]', () => {
    let seen = 0;
    RUNS.assert(
      'item 9 above 0: today first, nothing that can wait (× 5 countries)',
      fc.property(visit, ({ choices, stop, options }) => {
        const answers = walk(choices, stop, options);
        if (!fromAnswers(answers).item9) return;
        seen++;
        for (const { id } of REGIONS) {
          const { context, keys, all, copied } = read(answers, options, id);
          expect(keys.next[0], id).toBe('nextSteps.talkToday');
          // The first screen too: talking today is the first of at most three short steps.
          const glance = glanceSteps(context);
          expect(glance[0]).toBe('glance.steps.talkToday');
          expect(glance.length).toBeLessThanOrEqual(3);
          for (const key of [...all, ...glance]) expect(t(key), `${id} ${key}`).not.toMatch(LATER);
          expect(copied).not.toMatch(LATER);
        }
      }),
      WALKS,
    );
    expect(seen).toBeGreaterThan(100);
  });

  it('item 9 above 0 with opioid use by any route: an overdose can be on purpose, means out of reach, naloxone; the copied text asks the clinician [H25]', () => {
    let seen = 0;
    RUNS.assert(
      'item 9 with opioid use: the intentional-overdose step (× 5 countries)',
      fc.property(visit, ({ choices, stop, options }) => {
        const answers = walk(choices, stop, options);
        const oracle = fromAnswers(answers);
        for (const { id } of REGIONS) {
          const { keys, copied } = read(answers, options, id);
          const step = id === 'mx' ? 'nextSteps.item9OpioidsMx' : 'nextSteps.item9Opioids';
          if (oracle.item9 && oracle.anyOpioidUse) {
            seen++;
            expect(keys.next, id).toContain(step);
            expect(t(step)).toMatch(/not accidents/);
            expect(t(step)).toMatch(/out of reach/);
            if (id !== 'mx') expect(t(step)).toMatch(/naloxone where others can find it/);
            expect(copied).toContain(t('share.text.item9Opioids'));
          } else {
            expect(keys.next, id).not.toContain(step);
            expect(copied).not.toContain(t('share.text.item9Opioids'));
          }
        }
      }),
      WALKS,
    );
    expect(seen).toBeGreaterThan(50);
  });

  it('a GAD-7 of 10 or more: a step to see a clinician about anxiety, and no "nothing is wrong" or lone "check in again"; the withdrawal note only with opioid use [H26]', () => {
    let seen = 0;
    RUNS.assert(
      'GAD-7 ≥ 10: the anxiety step, no reassurance (× 5 countries)',
      fc.property(visit, ({ choices, stop, options }) => {
        const answers = walk(choices, stop, options);
        for (const { id } of REGIONS) {
          const { summary, keys } = read(answers, options, id);
          const gad7 = summary.instruments.find((s) => s.instrument.id === 'gad7')?.banded?.total ?? null;
          if (gad7 !== null && gad7 >= 10) {
            seen++;
            expect(keys.next).toContain('nextSteps.anxietyClinician');
            expect(keys.next).not.toContain('nextSteps.belowThreshold');
            expect(keys.next).not.toContain('nextSteps.recheck');
          } else {
            expect(keys.next).not.toContain('nextSteps.anxietyClinician');
          }
          if (keys.anxiety.includes('anxiety.withdrawal')) expect(fromAnswers(answers).anyOpioidUse).toBe(true);
        }
      }),
      WALKS,
    );
    expect(seen).toBeGreaterThan(50);
  });

  it('opioid use by any route: naloxone (or, in Mexico, where it is), not using alone, and how to start medicine in the country [H7]', () => {
    let seen = 0;
    RUNS.assert(
      'any opioid use: naloxone, not alone, starting medicine here (× 5 countries)',
      fc.property(visit, ({ choices, stop, options }) => {
        const answers = walk(choices, stop, options);
        if (!fromAnswers(answers).anyOpioidUse) return;
        seen++;
        for (const { id } of REGIONS) {
          const { keys } = read(answers, options, id);
          expect(keys.safety.some((key) => /^safetyTips\.naloxone(Get|Have|Mx)$/.test(key)), id).toBe(true);
          expect(keys.safety).toContain('safetyTips.alone');
          expect(keys.next.filter((key) => key.startsWith('nextSteps.startMedicine.'))).toEqual([`nextSteps.startMedicine.${id}`]);
        }
      }),
      WALKS,
    );
    expect(seen).toBeGreaterThan(100);
  });

  it('drug use or prescription misuse: the fentanyl question is asked; in the US and Canada, drug use without opioids brings the fentanyl, naloxone and not-alone tips [H28]', () => {
    let seen = 0;
    RUNS.assert(
      'drug use: the fentanyl question; without opioids, the fentanyl tip (US, Canada)',
      fc.property(visit, ({ choices, options }) => {
        const answers = walk(choices, 200, options);
        const oracle = fromAnswers(answers);
        if (!oracle.drugUse) return;
        seen++;
        expect(answers['street-opioids']).toBeDefined();
        for (const { id } of REGIONS) {
          const { keys } = read(answers, options, id);
          if (oracle.anyOpioidUse || (id !== 'us' && id !== 'ca')) {
            expect(keys.safety).not.toContain('safetyTips.fentanylOtherDrugsUs');
            continue;
          }
          expect(keys.safety).toContain(id === 'us' ? 'safetyTips.fentanylOtherDrugsUs' : 'safetyTips.fentanylCa');
          expect(keys.safety).toContain('safetyTips.naloxoneGet');
          expect(keys.safety).toContain('safetyTips.alone');
        }
      }),
      WALKS,
    );
    expect(seen).toBeGreaterThan(100);
  });

  it('every message shown in a country cites only sources that hold there: no US product, law or supply fact elsewhere [H27]', () => {
    RUNS.assert(
      'each country: only its own sources',
      fc.property(visit, ({ choices, stop, options }) => {
        const answers = walk(choices, stop, options);
        for (const { id } of REGIONS) {
          for (const key of read(answers, options, id).all) {
            for (const [, n] of t(key).matchAll(/\[(\d+)\]/g)) {
              const countries = RESULTS_REFERENCES.find((ref) => ref.id === Number(n))?.countries;
              if (countries) expect(countries, `${id}: ${key} cites [${n}]`).toContain(id);
            }
            if (id !== 'us' && id !== 'ca') expect(t(key), `${id}: ${key}`).not.toMatch(/Narcan/);
          }
        }
      }),
      WALKS,
    );
  });
});
