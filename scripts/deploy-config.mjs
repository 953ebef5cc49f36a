#!/usr/bin/env node
// Writes deploy/security-headers.conf and deploy/reader-headers.conf (nginx) from deploy/headers.mjs, the one
// source of the site's headers. `--check`: writes nothing, and fails when a committed file differs
// (tests/unit/deploy/ checks them too).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nginxSecurityHeaders } from '../deploy/headers.mjs';

let failed = false;
for (const [file, reader] of [['security-headers.conf', false], ['reader-headers.conf', true]]) {
  const target = fileURLToPath(new URL(`../deploy/${file}`, import.meta.url));
  const wanted = nginxSecurityHeaders(reader);
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Not written yet.
  }
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      console.error(`deploy/${file} differs from deploy/headers.mjs: run \`node scripts/deploy-config.mjs\`.`);
      failed = true;
    } else console.log(`deploy/${file} matches deploy/headers.mjs`);
  } else if (current === wanted) {
    console.log(`deploy/${file} is up to date`);
  } else {
    writeFileSync(target, wanted);
    console.log(`wrote deploy/${file}`);
  }
}
if (failed) process.exit(1);
