#!/usr/bin/env node
/**
 * The seed article's wrong or unverifiable claims (shared/content/facts.md §A and §8) must appear nowhere in
 * the app. Run on the built app: `node scripts/forbidden-claims.mjs dist`. The same list is checked on the
 * locale files by tests/unit/learn/content.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FORBIDDEN_CLAIMS = [
  '15,446',
  '15446',
  'four times',
  '4 times',
  'Pittsburgh',
  'Stanford',
  'release endorphins',
  'releases endorphins',
  'release of endorphins',
  'cause the body to release endorphin',
  'heroin causes depression',
  'opioids cause depression',
  'causes depression',
];

/** Forbidden phrases found in a text (case-insensitive). */
export function findForbidden(text) {
  const lower = text.toLowerCase();
  return FORBIDDEN_CLAIMS.filter((claim) => lower.includes(claim.toLowerCase()));
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(html|js|json|css|txt|webmanifest)$/.test(name)) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  let found = 0;
  let checked = 0;
  for (const path of files(dir)) {
    checked++;
    for (const claim of findForbidden(readFileSync(path, 'utf8'))) {
      console.error(`forbidden claim "${claim}" in ${path}`);
      found++;
    }
  }
  console.log(`forbidden claims: ${found} found in ${checked} files under ${dir}/`);
  process.exit(found ? 1 : 0);
}
