/**
 * Property tests (fast-check) run with a fixed seed: the same inputs every run, so a test that passes in CI
 * passes again. `npm test` sets FC_SEED from the commit (a new seed per commit, printed); `npm run
 * test:random` sets FC_SEED=random for a fresh seed each run; FC_SEED=<n> replays a run exactly.
 * tests/property/runs.ts prints the seed with the runs each property made.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_201;
const raw = process.env.FC_SEED;
function seedOf(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (!/^-?\d+$/.test(value)) throw new Error(`FC_SEED must be a whole number or "random", not ${JSON.stringify(value)}`);
  return Number(value) | 0;
}
export const SEED = seedOf(raw);
fc.configureGlobal({ seed: SEED });
(globalThis as { __FC_SEED__?: number }).__FC_SEED__ = SEED;
