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
/**
 * The first question's path, written out so the start page does not pull in the instrument definitions
 * (tests/unit/checkin/flow.test.ts checks it against the flow).
 */
export const FIRST_STEP_PATH = '/check-in/phq9-1';
