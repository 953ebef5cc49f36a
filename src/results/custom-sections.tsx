/**
 * The results' own presentations of instruments that are not one total on a banded scale, keyed by the
 * `section` their registration names (`presentation: { kind: 'custom', section }`). The results page and the
 * handout find an instrument's presentation here, through its registration (copy-as-text in
 * share/custom-text.ts); none of them names an instrument. A registration naming a section missing here fails the results test
 * (tests/unit/results/custom-sections.test.ts), before any reader could see a results page without it.
 */
import type { ReactNode } from 'react';
import type { Instrument } from '../instruments/registry-types';
import type { SubstanceSummary } from '../instruments/taps-instrument';
import type { Answers, QuestionItem } from '../instruments/types';
import { SubstanceHandout } from './handout/substance-handout';
import { blockLevelKey, SubstanceResults } from './substance-results';
import { SubstanceCompare } from './substance-compare';
import type { Summary } from './summary';

/** `detail`: what the instrument's own `summarise` gave (null when it was skipped). */
export interface CustomSection {
  /** Its section on the results page. */
  Results(props: { answers: Answers; summary: Summary; detail: unknown; cite: (text: string) => ReactNode }): ReactNode;
  /** Its rows on the one-page handout. */
  Handout(props: { answers: Answers; summary: Summary; detail: unknown; label: (item: QuestionItem, value: number | undefined) => string }): ReactNode;
  /** The texts its section shows that may cite sources, so the page numbers them in order of appearance. */
  citedTexts(detail: unknown, t: (key: string) => string): string[];
  /**
   * Its answers at several check-ins side by side ("Compare with an earlier check-in"), with no verdict: an
   * instrument without a published change threshold. `answers` is null where a check-in did not ask it.
   */
  readonly Compare?: (props: { points: readonly { readonly label: string; readonly answers: Answers | null }[] }) => ReactNode;
}

export const CUSTOM_SECTIONS: Readonly<Record<string, CustomSection>> = {
  // TAPS-1 per substance, the TAPS-2 opioid blocks, the street-opioids and safety answers.
  substance: {
    Results: ({ answers, detail, cite }) => <SubstanceResults answers={answers} substance={detail as SubstanceSummary | null} cite={cite} />,
    Handout: ({ answers, detail, label }) => <SubstanceHandout answers={answers} substance={detail as SubstanceSummary | null} label={label} />,
    Compare: ({ points }) => <SubstanceCompare points={points} />,
    citedTexts: (detail, t) => ((detail as SubstanceSummary | null)?.blocks ?? []).flatMap((b) => (b.level ? [t(blockLevelKey(b.block, b.level))] : [])),
  },
};

/** An instrument's own presentation, or null for a banded one. */
export function customSectionOf(instrument: Instrument): CustomSection | null {
  if (instrument.presentation.kind !== 'custom') return null;
  const section = CUSTOM_SECTIONS[instrument.presentation.section];
  if (!section) throw new Error(`results: no section "${instrument.presentation.section}" for ${instrument.id} (src/results/custom-sections.tsx)`);
  return section;
}
