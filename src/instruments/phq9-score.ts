/**
 * PHQ-9 scoring: pure, no UI. Bands and thresholds from Kroenke, Spitzer & Williams 2001.
 * - total = sum of items 1–9 (0–27); any unanswered item → no total, and the missing items are named.
 *   Never imputed.
 * - bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
 * - PHQ-2 = items 1 + 2 (0–6); ≥ 3 is a positive PHQ-2 screen.
 * - item 9 > 0 is a safety flag independent of the total.
 * - question 10 (difficulty) is reported, never scored.
 */
import { z } from '../lib/zod';
import { PHQ9_DIFFICULTY, PHQ9_ITEMS, PHQ9_SAFETY_ITEM_ID } from './phq9';
import { sumItems } from './item-score';
import type { Answers } from './types';

export const PHQ9_BANDS = [
  { band: 'minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'moderatelySevere', min: 15, max: 19 },
  { band: 'severe', min: 20, max: 27 },
] as const;

export type Phq9Band = (typeof PHQ9_BANDS)[number]['band'];

export const PHQ9_MAX_TOTAL = 27;
export const PHQ2_POSITIVE_THRESHOLD = 3;

/** One answer to an item 1–9: a whole number 0–3. */
export const phq9ItemAnswerSchema = z.int().min(0).max(3);

export function phq9Band(total: number): Phq9Band {
  const found = PHQ9_BANDS.find((b) => total >= b.min && total <= b.max);
  if (!found) throw new RangeError(`PHQ-9 total out of range: ${total}`);
  return found.band;
}

export interface Phq9Result {
  /** True only when all nine items have a valid answer. */
  readonly complete: boolean;
  readonly total: number | null;
  readonly band: Phq9Band | null;
  /** Numbers (1–9) of items without a valid answer. */
  readonly missing: readonly number[];
  readonly phq2: number | null;
  readonly phq2Positive: boolean | null;
  /** Item 9 answered above 0. */
  readonly item9Flag: boolean;
  readonly item9Answer: number | null;
  /** Question 10, 0–3, when answered; reported, never scored. */
  readonly difficulty: number | null;
}

function validAnswer(answers: Answers, id: string): number | null {
  const parsed = phq9ItemAnswerSchema.safeParse(answers[id]);
  return parsed.success ? parsed.data : null;
}

export function scorePhq9(answers: Answers): Phq9Result {
  const { values, missing, total } = sumItems(PHQ9_ITEMS, answers, phq9ItemAnswerSchema);
  const complete = missing.length === 0;

  const first = values[0] ?? null;
  const second = values[1] ?? null;
  const phq2 = first !== null && second !== null ? first + second : null;
  const item9Answer = validAnswer(answers, PHQ9_SAFETY_ITEM_ID);

  return {
    complete,
    total,
    band: total === null ? null : phq9Band(total),
    missing,
    phq2,
    phq2Positive: phq2 === null ? null : phq2 >= PHQ2_POSITIVE_THRESHOLD,
    item9Flag: (item9Answer ?? 0) > 0,
    item9Answer,
    difficulty: validAnswer(answers, PHQ9_DIFFICULTY.id),
  };
}

/** Question 10 is asked only when any item 1–9 is above 0. */
export function phq9NeedsDifficulty(answers: Answers): boolean {
  return PHQ9_ITEMS.some((item) => (validAnswer(answers, item.id) ?? 0) > 0);
}
