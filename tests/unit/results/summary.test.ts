/** summarise(answers): what the results page and the handout show, as one table. */
import { describe, expect, it } from 'vitest';
import { detailOf, summarise } from '../../../src/results/summary';
import type { SubstanceSummary } from '../../../src/instruments/taps-instrument';
import type { FlowOptions } from '../../../src/instruments/registry';
import type { Answers } from '../../../src/instruments/types';

const mood = (values: readonly number[]): Answers => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));
const zeros = mood([0, 0, 0, 0, 0, 0, 0, 0, 0]);
const mild = { ...mood([1, 1, 1, 1, 1, 1, 0, 0, 0]), 'phq9-10': 1 };
const substance = (taps: Answers): Answers => ({ 'substance-consent': 1, 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 0, 'taps1-rx': 0, ...taps });

/** The parts of a summary the table compares. */
function row(answers: Answers, options: FlowOptions = {}) {
  const s = summarise(answers, options);
  return {
    states: s.instruments.map((i) => `${i.instrument.id}:${i.state}`).join(' '),
    phq9: s.instruments[0]?.banded ? `${s.instruments[0].banded.total ?? '-'} ${s.instruments[0].banded.band ?? 'incomplete'}` : null,
    gad7: s.instruments.find((i) => i.instrument.id === 'gad7')?.banded?.total ?? null,
    flagged: s.instruments.flatMap((i) => i.banded?.flagged.map((f) => f.itemId) ?? []),
    substance: ((d) => (d === null ? null : d.blocks.map((b) => `${b.block}:${b.score ?? '-'}`).join(' ')))(detailOf<SubstanceSummary>(s, 'taps')),
    context: { ...s.context, safety: Object.keys(s.context.safety).join(',') },
  };
}

const context = (over: Partial<ReturnType<typeof row>['context']>) => ({
  bands: { phq9: null },
  concerns: [] as string[],
  opioid: 'notAnswered',
  substancePositive: false,
  safety: '',
  item9: false,
  streetOpioids: false,
  anyOpioidUse: false,
  drugUse: false,
  ...over,
});

describe('summarise(answers): the results, scored once [H5]', () => {
  it.each([
    ['nothing answered yet', {}, {}, { gad7: null, states: 'phq9:answered gad7:notReached taps:notReached', phq9: '- incomplete', flagged: [], substance: null, context: context({}) }],
    [
      'mood all 0, substance skipped',
      { ...zeros, 'substance-consent': 0 },
      {},
      { gad7: null, states: 'phq9:answered gad7:notReached taps:skipped', phq9: '0 minimal', flagged: [], substance: null, context: context({ bands: { phq9: 'minimal' } }) },
    ],
    [
      'mild mood, every substance Never',
      { ...mild, ...substance({}) },
      {},
      { gad7: null, states: 'phq9:answered gad7:notReached taps:answered', phq9: '6 mild', flagged: [], substance: 'heroin:- rxOpioid:-', context: context({ bands: { phq9: 'mild' }, opioid: 'none' }) },
    ],
    [
      'heroin yes, yes, no; no street opioids; safety answered',
      { ...mild, ...substance({ 'taps1-drugs': 3, 'taps2-heroin-1': 1, 'taps2-heroin-2': 1, 'taps2-heroin-3': 0, 'street-opioids': 0, 'safety-alone': 1, 'safety-naloxone': 0 }) },
      {},
      {
        gad7: null,
        states: 'phq9:answered gad7:notReached taps:answered',
        phq9: '6 mild',
        flagged: [],
        substance: 'heroin:2 rxOpioid:-',
        context: context({ bands: { phq9: 'mild' }, opioid: 'higherRisk', substancePositive: true, safety: 'alone,naloxone', anyOpioidUse: true, drugUse: true }),
      },
    ],
    [
      'no heroin, but street fentanyl (the fentanyl gap) [H7]',
      { ...zeros, ...substance({ 'taps1-drugs': 2, 'taps2-heroin-1': 0, 'street-opioids': 1 }) },
      {},
      {
        gad7: null,
        states: 'phq9:answered gad7:notReached taps:answered',
        phq9: '0 minimal',
        flagged: [],
        substance: 'heroin:0 rxOpioid:-',
        context: context({ bands: { phq9: 'minimal' }, opioid: 'none', substancePositive: true, streetOpioids: true, anyOpioidUse: true, drugUse: true }),
      },
    ],
    [
      'item 9 above 0 with a low total [H1] [H2]',
      { ...mood([0, 0, 0, 0, 0, 0, 0, 0, 1]), 'phq9-10': 0 },
      {},
      { gad7: null, states: 'phq9:answered gad7:notReached taps:notReached', phq9: '1 minimal', flagged: ['phq9-9'], substance: null, context: context({ bands: { phq9: 'minimal' }, item9: true }) },
    ],
    [
      'a mood-only link: substance use is not part of the visit, whatever answers are left',
      { ...mild, ...substance({ 'taps1-drugs': 3 }) },
      { off: ['taps'] },
      { gad7: null, states: 'phq9:answered gad7:notReached', phq9: '6 mild', flagged: [], substance: null, context: context({ bands: { phq9: 'mild' } }) },
    ],
    [
      'anxiety offered and answered: its total and band beside the mood band',
      { ...zeros, 'anxiety-consent': 1, ...Object.fromEntries([3, 3, 2, 2, 1, 0, 0].map((v, i) => [`gad7-${i + 1}`, v])), 'substance-consent': 0 },
      {},
      { gad7: 11, states: 'phq9:answered gad7:answered taps:skipped', phq9: '0 minimal', flagged: [], substance: null, context: context({ bands: { phq9: 'minimal', gad7: 'moderate' }, concerns: ['gad7'] }) },
    ],
    [
      'anxiety offered and declined: skipped, no band',
      { ...zeros, 'anxiety-consent': 0, 'gad7-1': 3 },
      {},
      { gad7: null, states: 'phq9:answered gad7:skipped taps:notReached', phq9: '0 minimal', flagged: [], substance: null, context: context({ bands: { phq9: 'minimal' } }) },
    ],
    [
      'anxiety asked by a clinic link, one item missing: no total, never imputed',
      { ...zeros, ...Object.fromEntries([3, 3, 3, 3, 3, 3].map((v, i) => [`gad7-${i + 1}`, v])) },
      { asked: ['gad7'] },
      { gad7: null, states: 'phq9:answered gad7:answered taps:notReached', phq9: '0 minimal', flagged: [], substance: null, context: context({ bands: { phq9: 'minimal', gad7: null } }) },
    ],
    [
      'a Spanish visit: the anxiety questions are not part of it, even when a link asks for them',
      { ...zeros, 'anxiety-consent': 1, 'gad7-1': 3 },
      { asked: ['gad7'], language: 'es' },
      { gad7: null, states: 'phq9:answered taps:notReached', phq9: '0 minimal', flagged: [], substance: null, context: context({ bands: { phq9: 'minimal' } }) },
    ],
  ] as const)('%s', (_name, answers, options, expected) => {
    expect(row(answers, options)).toEqual(expected);
  });
});
