/**
 * "Copy as text" for the instruments with their own presentation, keyed by the `section` their
 * registration names, as src/results/custom-sections.tsx is for the page and the handout (a test checks
 * both name the same sections). Pure: no React, so copy-as-text stays a plain function.
 */
import type { Instrument } from '../../instruments/registry-types';
import type { Answers, QuestionItem } from '../../instruments/types';
import type { Summary } from '../summary';
import { substanceText } from './substance-text';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export type CustomText = (args: { answers: Answers; summary: Summary; detail: unknown; t: Translate; text: (key: string) => string; label: (item: QuestionItem) => string }) => string[];

export const CUSTOM_TEXT: Readonly<Record<string, CustomText>> = {
  substance: substanceText,
};

/** An instrument's own copy-as-text lines, or null for a banded one. */
export function customTextOf(instrument: Instrument): CustomText | null {
  if (instrument.presentation.kind !== 'custom') return null;
  const text = CUSTOM_TEXT[instrument.presentation.section];
  if (!text) throw new Error(`copy as text: no lines for section "${instrument.presentation.section}" of ${instrument.id} (src/results/share/custom-text.ts)`);
  return text;
}
