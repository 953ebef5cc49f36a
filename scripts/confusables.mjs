#!/usr/bin/env node
/**
 * Writes src/visit/confusables.json: the part of Unicode's confusables data (UTS #39 confusables.txt,
 * version 13.0.0, as the npm package `unhomoglyph` ships it) that the clinic-name check needs — every letter
 * or mark whose prototype is Latin letters (after lower case and without accents). Names may hold only
 * letters, marks and a few punctuation marks (src/visit/link-safety.ts), and every word the check refuses
 * is Latin, so nothing else in the data can change its answer; the full table (100 KB) would be shipped to
 * every clinic link for nothing. `--check`: writes nothing, fails when the committed file differs (a unit
 * test runs the same comparison).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './lib/generated.mjs';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../src/visit/confusables.json', import.meta.url));

export function confusablesTable() {
  /** @type {Record<string, string>} */
  const data = require('unhomoglyph/data.json');
  /** @type {Record<string, string>} */
  const out = {};
  for (const [char, prototype] of Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!/^[\p{L}\p{M}]+$/u.test(char)) continue;
    const latin = prototype.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (!/^[a-z]+$/.test(latin) || char.toLowerCase() === latin) continue;
    out[char] = latin;
  }
  return `${JSON.stringify(out)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = writeOrCheck(target, confusablesTable(), { label: 'src/visit/confusables.json', regenerate: 'node scripts/confusables.mjs', check: process.argv.includes('--check') });
  if (!fresh) process.exit(1);
}
