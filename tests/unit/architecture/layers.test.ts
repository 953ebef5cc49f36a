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
    const allowed = await lintProbe('src/results/zz-layer-probe.ts', "import { pathFor } from '../checkin/flow';\nexport const probe = pathFor;\n");
    expect(allowed).toEqual([]);
  }, 60_000);

  it('refuses a shared layer importing a feature (visit settings must not reach into the check-in)', async () => {
    const messages = await lintProbe('src/visit/zz-layer-probe.ts', "import { pathFor } from '../checkin/flow';\nexport const probe = pathFor;\n");
    expect(messages).toEqual(['There is no policy allowing dependencies from elements of type "visit" to elements of type "checkin"']);
  }, 60_000);

  it('keeps the instruments free of the DOM and of storage: the later storage rule no longer overrides it', async () => {
    const config = (await eslint.calculateConfigForFile(join(root, 'src/instruments/phq9.ts'))) as { rules: Record<string, unknown[]> };
    const restricted = config.rules['no-restricted-globals']?.slice(1);
    expect(restricted).toEqual(expect.arrayContaining(['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB']));
  });
});
