import { PHQ9_ITEMS } from '../instruments/phq9';

/** URL of a check-in step. The step is in the path (so Back works); answers never are. */
export function stepPath(stepId: string, options: { review?: boolean; redirected?: boolean } = {}): string {
  const base = stepId === 'results' ? '/check-in/results' : `/check-in/${stepId}`;
  const query = new URLSearchParams();
  if (options.review) query.set('review', '1');
  if (options.redirected) query.set('from', 'unavailable');
  const search = query.toString();
  return search ? `${base}?${search}` : base;
}

export const RESULTS_PATH = '/check-in/results';
export const FIRST_STEP_PATH = stepPath(PHQ9_ITEMS[0]?.id ?? 'phq9-1');
