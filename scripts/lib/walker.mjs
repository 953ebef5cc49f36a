// The tests' walker (tests/support/walker.ts) for the scripts: the same walk through the check-in, from the
// same flow, so a new part changes the walker once. Node 20 cannot import TypeScript, so Vite's module
// runner loads it (a second or so).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** `{ walkCheckin, pageDriver, headingOf, valueOf }` from tests/support/walker.ts. */
export async function loadWalker() {
  const path = fileURLToPath(new URL('../../tests/support/walker.ts', import.meta.url));
  const { module } = await runnerImport(path, { configFile: false, logLevel: 'silent' });
  return module;
}
