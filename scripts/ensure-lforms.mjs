#!/usr/bin/env node
/**
 * LHC-Forms (the National Library of Medicine's FHIR form renderer), for the browser test that reads our FHIR
 * export back (tests/e2e/lforms.spec.ts). A plain `npm install lforms` pulls in Angular and its peers (and
 * here spent 15 minutes resolving them), so the package is not a dependency: this script fetches the
 * pinned tarball with `npm pack` (npm's registry or its cache), checks it against the pinned integrity, and
 * unpacks its prebuilt files into node_modules/.cache/lforms-<version>/. Nothing of it is built or bundled
 * into the app. Run by `npm test`; prints the folder, and exits 1 with what is missing when it cannot.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LFORMS } from '../tests/support/lforms-files.mjs';

const { version, integrity, dir, files } = LFORMS;
const complete = () => files.every((file) => existsSync(join(dir, file)));

if (!complete()) {
  const work = mkdtempSync(join(tmpdir(), 'lforms-'));
  try {
    execFileSync('npm', ['pack', `lforms@${version}`, '--pack-destination', work, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    const found = `sha512-${createHash('sha512').update(readFileSync(join(work, tarball))).digest('base64')}`;
    if (found !== integrity) throw new Error(`lforms@${version}: integrity ${found}, expected ${integrity}`);
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['xzf', join(work, tarball), '-C', unpacked, '--strip-components=1']);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, '..'), { recursive: true });
    renameSync(unpacked, dir);
  } catch (error) {
    console.error(`Missing: LHC-Forms ${version} for the FHIR round-trip test (${error instanceof Error ? error.message : error}).`);
    console.error(`It comes from npm's registry: 'npm pack lforms@${version}' must work here (network or npm's cache).`);
    process.exit(1);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!complete()) {
    console.error(`Missing: lforms@${version} unpacked without ${files.filter((file) => !existsSync(join(dir, file))).join(', ')}.`);
    process.exit(1);
  }
}
console.log(`LHC-Forms ${version}: ${dir}`);
