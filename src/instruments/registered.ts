/**
 * The registered instruments, in the order the check-in asks them: the one line a new instrument adds.
 * A module of its own, so a test can register an instrument the app has never seen
 * (tests/component/fixture-instrument.test.tsx) without touching a feature file.
 */
import { GAD7_INSTRUMENT } from './gad7';
import { PHQ9_INSTRUMENT } from './phq9-instrument';
import type { Instrument } from './registry-types';
import { TAPS_INSTRUMENT } from './taps-instrument';

export const INSTRUMENTS: readonly Instrument[] = [PHQ9_INSTRUMENT, GAD7_INSTRUMENT, TAPS_INSTRUMENT];
