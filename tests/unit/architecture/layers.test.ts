/**
 * The layers hold, and the lint would catch a wrong-way import: ESLint (eslint.config.js, with
 * eslint-plugin-boundaries and the layers of scripts/layers.mjs) is run here on probe files that import the
 * wrong way, and on the same imports the right way.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const probes: string[] = [];

/** Lints a probe file written at `path` (removed after the tests), and returns its boundaries messages. */
async function lintProbe(path: string, source: string): Promise<string[]> {
  const file = join(root, path);
  probes.push(file);
  writeFileSync(file, source);
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

afterAll(() => {
  for (const file of probes) rmSync(file, { force: true });
});

describe('layers, enforced by the lint', () => {
  it('refuses a wrong-way import: the pure instruments importing the UI', async () => {
    const messages = await lintProbe('src/instruments/zz-layer-probe.ts', "import { PageHeading } from '../ui/page-heading';\nexport const probe = PageHeading;\n");
    expect(messages).toEqual(['There is no policy allowing dependencies from elements of type "instruments" to elements of type "ui"']);
  }, 60_000);

  it('refuses a feature importing another where docs/architecture.md does not allow it, and accepts one where it does', async () => {
    const wrong = await lintProbe('src/clinicians/zz-layer-probe.ts', "import { summarise } from '../results/summary';\nexport const probe = summarise;\n");
    expect(wrong).toEqual(['There is no policy allowing dependencies from elements of type "clinicians" to elements of type "results"']);
    const allowed = await lintProbe('src/results/zz-layer-probe.ts', "import { pathFor } from '../session/flow';\nexport const probe = pathFor;\n");
    expect(allowed).toEqual([]);
  }, 60_000);

  it('refuses the check-in and the results importing each other, both ways: they are siblings over the session', async () => {
    const down = await lintProbe('src/results/zz-layer-probe-a.ts', "import { QuestionScreens } from '../checkin/question-screens';\nexport const probe = QuestionScreens;\n");
    expect(down).toEqual(['There is no policy allowing dependencies from elements of type "results" to elements of type "checkin"']);
    const up = await lintProbe('src/checkin/zz-layer-probe-b.ts', "export const probe = () => import('../results/results-page');\n");
    expect(up).toEqual(['There is no policy allowing dependencies from elements of type "checkin" to elements of type "results"']);
  }, 60_000);

  it('refuses the session importing a feature, and lib importing the regions (no layer imports one above it)', async () => {
    const session = await lintProbe('src/session/zz-layer-probe.ts', "import { QuestionScreens } from '../checkin/question-screens';\nexport const probe = QuestionScreens;\n");
    expect(session).toEqual(['There is no policy allowing dependencies from elements of type "session" to elements of type "checkin"']);
    const lib = await lintProbe('src/lib/zz-layer-probe.ts', "import { REGIONS } from '../regions';\nexport const probe = REGIONS;\n");
    expect(lib).toEqual(['There is no policy allowing dependencies from elements of type "lib" to elements of type "regions"']);
  }, 60_000);

  it('lets no two layers import each other (scripts/layers.mjs)', async () => {
    const { mutualPairs } = await import('../../../scripts/layers.mjs');
    expect(mutualPairs()).toEqual([]);
    // The check itself finds a pair when there is one.
    expect(mutualPairs({ lib: ['regions'], regions: ['lib'] })).toEqual([['lib', 'regions']]);
  });

  it('refuses a shared layer importing a feature (visit settings must not reach into the check-in)', async () => {
    const messages = await lintProbe('src/visit/zz-layer-probe.ts', "import { QuestionScreens } from '../checkin/question-screens';\nexport const probe = QuestionScreens;\n");
    expect(messages).toEqual(['There is no policy allowing dependencies from elements of type "visit" to elements of type "checkin"']);
  }, 60_000);

  it('keeps the instruments free of the DOM and of storage: the later storage rule no longer overrides it', async () => {
    const config = (await eslint.calculateConfigForFile(join(root, 'src/instruments/phq9.ts'))) as { rules: Record<string, unknown[]> };
    const restricted = config.rules['no-restricted-globals']?.slice(1);
    expect(restricted).toEqual(expect.arrayContaining(['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB']));
  });

  it('keeps every src/** import rule in the instruments: their block extends it, and adds React and i18n', async () => {
    const config = (await eslint.calculateConfigForFile(join(root, 'src/instruments/phq9.ts'))) as { rules: Record<string, [unknown, { paths: { name: string }[]; patterns?: string[] }]> };
    const [, options] = config.rules['no-restricted-imports']!;
    expect(options.paths.map((p) => p.name)).toEqual(expect.arrayContaining(['zod', 'zod/mini']));
    expect(options.patterns).toEqual(expect.arrayContaining(['react', 'i18next']));
  });
});
