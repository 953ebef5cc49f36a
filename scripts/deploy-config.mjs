#!/usr/bin/env node
// Writes deploy/security-headers.conf (nginx) from deploy/headers.mjs, the one source of the site's headers.
// `--check`: writes nothing, and fails when the committed file differs (tests/unit/deploy/ checks it too).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nginxSecurityHeaders } from '../deploy/headers.mjs';

const target = fileURLToPath(new URL('../deploy/security-headers.conf', import.meta.url));
const wanted = nginxSecurityHeaders();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // Not written yet.
}

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('deploy/security-headers.conf differs from deploy/headers.mjs: run `node scripts/deploy-config.mjs`.');
    process.exit(1);
  }
  console.log('deploy/security-headers.conf matches deploy/headers.mjs');
} else if (current === wanted) {
  console.log('deploy/security-headers.conf is up to date');
} else {
  writeFileSync(target, wanted);
  console.log('wrote deploy/security-headers.conf');
}
