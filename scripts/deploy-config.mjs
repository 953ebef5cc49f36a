#!/usr/bin/env node
// Writes deploy/security-headers.conf and deploy/reader-headers.conf (nginx) from deploy/headers.mjs, the one
// source of the site's headers. `--check`: writes nothing, and fails when a committed file differs
// (tests/unit/deploy/ checks them too).
import { fileURLToPath } from 'node:url';
import { nginxSecurityHeaders } from '../deploy/headers.mjs';
import { writeOrCheck } from './lib/generated.mjs';

let fresh = true;
for (const [file, reader] of [['security-headers.conf', false], ['reader-headers.conf', true]]) {
  const target = fileURLToPath(new URL(`../deploy/${file}`, import.meta.url));
  fresh = writeOrCheck(target, nginxSecurityHeaders(reader), { label: `deploy/${file}`, regenerate: 'node scripts/deploy-config.mjs', check: process.argv.includes('--check') }) && fresh;
}
if (!fresh) process.exit(1);
