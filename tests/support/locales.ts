/**
 * A namespace's strings as the app loads them, read from disk: its own file (`src/locales/<lang>/<ns>.json`)
 * with each instrument's section of it (`src/locales/<lang>/instruments/<id>.json`) joined in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Strings = Record<string, unknown>;
const LOCALES = join(process.cwd(), 'src/locales');
const isObject = (value: unknown): value is Strings => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(...trees: readonly (Strings | undefined)[]): Strings {
  const out: Strings = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree ?? {})) {
      const here = out[key];
      out[key] = isObject(here) && isObject(value) ? merge(here, value) : value;
    }
  }
  return out;
}

const readJson = (path: string): Strings => JSON.parse(readFileSync(path, 'utf8')) as Strings;

/** Each instrument's strings file in a language, by instrument id. */
export function instrumentFiles(language: string): Record<string, Strings> {
  const dir = join(LOCALES, language, 'instruments');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), readJson(join(dir, f))]));
}

export function namespaceStrings(language: string, namespace: string): Strings {
  const file = join(LOCALES, language, `${namespace}.json`);
  const sections = Object.values(instrumentFiles(language)).map((strings) => strings[namespace]);
  return merge(existsSync(file) ? readJson(file) : undefined, ...sections.filter(isObject));
}
