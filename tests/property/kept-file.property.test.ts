// @vitest-environment node
/**
 * The kept-file reader under 10,000 hostile inputs [H31]: random bytes, random JSON, and this app's own
 * export with one part changed (a value replaced, a field removed, a total or a code altered). Never a
 * throw; every input either reads whole, with every total equal to its answers' (scored again here by the
 * instruments), or is refused with a named problem. Prints how the inputs fell.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readKept, type KeptResult } from '../../src/results/compare/kept-file';
import { exportBundle } from '../../src/results/share/fhir';
import { summarise } from '../../src/results/summary';
import { INSTRUMENTS } from '../../src/instruments/registry';
import { authored, context, FULL } from '../support/fhir-cases';
import { RUNS } from './runs';

const NOW = new Date('2026-12-01T10:00:00Z');
const KINDS = ['tooLarge', 'empty', 'image', 'notText', 'notJson', 'notCheckIn', 'otherApp', 'newerVersion', 'noDate', 'future', 'noAnswers', 'unknownAnswer', 'totalMismatch'];
const VALID = JSON.parse(JSON.stringify(exportBundle(FULL, summarise(FULL, { asked: ['gad7'] }), authored, context))) as unknown;
const outcomes = new Map<string, number>();

/** Every path to a value inside the valid export. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}
const PATHS = paths(VALID).filter((path) => path.length > 0);

function mutate(path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(VALID) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && Array.isArray(node)) node.splice(Number(last), 1);
  else if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

const encode = (json: unknown) => new TextEncoder().encode(JSON.stringify(json) ?? 'undefined');
const input = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(encode) },
  { weight: 1, arbitrary: fc.record({ resourceType: fc.constantFrom('Bundle', 'Patient', 'QuestionnaireResponse'), meta: fc.jsonValue({ maxDepth: 2 }), entry: fc.jsonValue({ maxDepth: 3 }) }).map(encode) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...PATHS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: -5, max: 40 }), fc.constantFrom('LA6568-5', '0.9.9', '2099-01-01T00:00:00Z', '')), fc.boolean())
      .map(([path, replacement, remove]) => encode(mutate(path, replacement, remove))),
  },
);

/**
 * A refused file names a known problem; a file that reads has every total it holds equal to what its
 * answers give, found here from the file's own JSON (the totals' LOINC codes), not from the reader.
 */
function consistent(result: KeptResult, bytes: Uint8Array): boolean {
  if (!result.ok) return KINDS.includes(result.problem.kind);
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { entry: { resource: { item: { linkId: string; answer: { valueDecimal?: number }[] }[] } }[] };
  return INSTRUMENTS.every((instrument) => {
    const { presentation } = instrument;
    const code = instrument.exports[0]?.total?.code;
    if (presentation.kind !== 'banded' || !code) return true;
    const totals = json.entry.flatMap(({ resource }) => resource.item.filter((item) => item.linkId === `/${code}`).map((item) => item.answer[0]?.valueDecimal));
    return totals.every((total) => total === presentation.view(result.checkIn.answers).total);
  });
}

describe('the kept-file reader, fuzzed [H31]', () => {
  it('never throws, and every input reads whole or is refused with a named problem (10,000 inputs) [H31]', () => {
    RUNS.assert(
      'kept-file reader',
      fc.property(input, (bytes) => {
        let result: KeptResult;
        try {
          result = readKept(bytes, NOW, '0.1.0');
        } catch (error) {
          outcomes.set('uncaught', (outcomes.get('uncaught') ?? 0) + 1);
          throw error;
        }
        const kind = result.ok ? 'read' : result.problem.kind;
        outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
        expect(consistent(result, bytes)).toBe(true);
      }),
      10_000,
    );
    expect(outcomes.get('uncaught') ?? 0).toBe(0);
  });

  it('the valid export itself reads (the control)', () => {
    expect(readKept(encode(VALID), NOW, '0.1.0').ok).toBe(true);
  });
});

afterAll(() => {
  const figures = [...outcomes].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
  console.log(`property: kept-file reader outcomes: ${figures.join(', ')}; uncaught ${outcomes.get('uncaught') ?? 0}`);
});
