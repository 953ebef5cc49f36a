/**
 * TAPS scoring: pure, no UI.
 * - TAPS-1: any answer other than Never is a positive screen for that substance.
 * - TAPS-2 opioid blocks (past 3 months): 1 point per Yes. If question 1 is No, questions 2–3 are skipped
 *   and the block scores 0. 0 = no use in the past 3 months; 1 = use worth talking about with a clinician
 *   ("problem use" in TAPS); 2–3 = higher risk.
 */
import { z } from '../lib/zod';
import { NEVER, OPIOID_BLOCKS, TAPS1_ITEMS, type OpioidBlock, type Taps1Substance } from './taps';
import type { Answers } from './types';

const frequency = z.int().min(0).max(4);
const yesNo = z.union([z.literal(0), z.literal(1)]);

export type OpioidLevel = 'none' | 'use' | 'higherRisk';

export interface Taps1Result {
  readonly substance: Taps1Substance;
  /** 0 (Never) to 4 (Daily or almost daily); null when unanswered. */
  readonly answer: number | null;
  readonly positive: boolean | null;
}

export interface OpioidBlockResult {
  readonly block: OpioidBlock;
  /** False when the TAPS-1 item that opens the block was Never (or unanswered): the block is not asked. */
  readonly asked: boolean;
  /** 0–3, or null when asked but not fully answered. */
  readonly score: number | null;
  readonly level: OpioidLevel | null;
  /** Question 1 answered Yes: use in the past 3 months (opens the safety questions). */
  readonly used: boolean;
}

export function opioidLevel(score: number): OpioidLevel {
  if (score === 0) return 'none';
  if (score === 1) return 'use';
  if (score >= 2 && score <= 3) return 'higherRisk';
  throw new RangeError(`TAPS-2 block score out of range: ${score}`);
}

export function scoreTaps1(answers: Answers): Taps1Result[] {
  return TAPS1_ITEMS.map((item) => {
    const parsed = frequency.safeParse(answers[item.id]);
    const answer = parsed.success ? parsed.data : null;
    return { substance: item.substance, answer, positive: answer === null ? null : answer !== NEVER };
  });
}

export function scoreOpioidBlocks(answers: Answers): OpioidBlockResult[] {
  return OPIOID_BLOCKS.map(({ block, openedBy, items }) => {
    const opener = frequency.safeParse(answers[openedBy]);
    const asked = opener.success && opener.data !== NEVER;
    const values = items.map((item) => {
      const parsed = yesNo.safeParse(answers[item.id]);
      return parsed.success ? parsed.data : null;
    });
    const [first, ...rest] = values;
    let score: number | null = null;
    if (asked && first === 0) score = 0; // skip rule: a No to question 1 skips 2–3
    else if (asked && first === 1 && rest.every((v) => v !== null)) score = 1 + rest.reduce<number>((s, v) => s + (v ?? 0), 0);
    return { block, asked, score, level: score === null ? null : opioidLevel(score), used: asked && first === 1 };
  });
}

/** The highest opioid level across the blocks that were answered, or null when none was. */
export function highestOpioidLevel(blocks: readonly OpioidBlockResult[]): OpioidLevel | null {
  const order: readonly (OpioidLevel | null)[] = ['none', 'use', 'higherRisk'];
  // A block with no level ranks -1, as does having no blocks: then there is no level.
  return order[Math.max(-1, ...blocks.map((b) => order.indexOf(b.level)))] ?? null;
}
