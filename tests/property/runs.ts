/**
 * How many runs each property made: printed after the property tests, so the figures can be quoted.
 * `RUNS.assert` runs a fast-check property with a fixed number of runs (and the seed fast-check reports on
 * failure, to replay it).
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';

const counts = new Map<string, number>();
/** `npm run mutation` runs every test once per mutant, so it asks for fewer runs (vitest.mutation.config.ts). */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? '1') || 1;

export const RUNS = {
  record(name: string, runs: number) {
    counts.set(name, (counts.get(name) ?? 0) + runs);
  },
  assert<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IPropertyWithHooks<Ts>, numRuns: number) {
    let runs = 0;
    fc.assert(
      property.afterEach(() => {
        runs++;
      }),
      { numRuns: Math.max(100, Math.round(numRuns * SCALE)) },
    );
    this.record(name, runs);
  },
};

afterAll(() => {
  // Set by tests/setup-unit.ts: the same seed replays the same inputs (FC_SEED=<seed> npm run unit).
  const seed = (globalThis as { __FC_SEED__?: number }).__FC_SEED__;
  for (const [name, runs] of counts) console.log(`property: ${name}: ${runs.toLocaleString('en-US')} runs (seed ${seed}; replay: FC_SEED=${seed} npm run unit)`);
});
