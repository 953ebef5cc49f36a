/**
 * Vitest for `npm run mutation` (Stryker): the unit and property tests of the pure core, in Node (no DOM:
 * the core has none). The component and browser tests also cover it, but at seconds per test they would
 * make each of the ~1000 mutants slow to test; the score is the unit tests' own.
 */
import type { UserConfig } from 'vite';
import base from './vite.config';

const config: UserConfig = {
  ...base,
  test: {
    ...base.test,
    // One project of its own: the unit and property tests below, in Node (no component tests).
    projects: undefined,
    environment: 'node',
    setupFiles: ['./tests/setup-unit.ts'],
    // Property tests make a tenth of their runs per mutant (at least 100 each); the exhaustive PHQ-9 check
    // still covers all 4⁹ vectors.
    env: { PROPERTY_RUNS_SCALE: '0.1' },
    include: [
      'tests/unit/instruments/**/*.test.ts',
      'tests/unit/checkin/**/*.test.ts',
      'tests/unit/results/**/*.test.ts',
      'tests/unit/visit/**/*.test.ts',
      'tests/unit/i18n/phq9-spanish.test.ts',
      'tests/property/**/*.test.ts',
    ],
  },
};

export default config;
