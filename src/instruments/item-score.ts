/**
 * Summing a questionnaire's items, the same way for each scored instrument: only a valid answer counts,
 * the items without one are named, and there is no total unless every item has one (never imputed).
 */
import type { z } from '../lib/zod';
import type { Answers, QuestionItem } from './types';

export interface ItemSum {
  /** Each item's valid answer, or null, in order. */
  readonly values: readonly (number | null)[];
  /** Numbers of the items without a valid answer. */
  readonly missing: readonly number[];
  readonly total: number | null;
}

export function sumItems(items: readonly QuestionItem[], answers: Answers, schema: z.ZodType<number>): ItemSum {
  const values = items.map((item) => {
    const parsed = schema.safeParse(answers[item.id]);
    return parsed.success ? parsed.data : null;
  });
  const missing = items.filter((_, i) => values[i] === null).map((item) => item.number);
  const total = missing.length === 0 ? values.reduce<number>((sum, v) => sum + (v ?? 0), 0) : null;
  return { values, missing, total };
}
