#!/usr/bin/env node
/**
 * Prints the gzip bytes of every JS and CSS file the start page loads on a first visit (the entry script,
 * its modulepreloads and stylesheets, as listed in dist/index.html), and fails when the total is over
 * budget. Run after `vite build`. gzip level 9, as a server with static compression would send it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// JS + CSS; the bench adds the HTML and holds the whole start page to 100 KB (scripts/bench.mjs).
const BUDGET = Number(process.env.START_PAGE_BUDGET_BYTES ?? 100 * 1024);
const dist = 'dist';
const htmlPath = join(dist, 'index.html');
if (!existsSync(htmlPath)) {
  console.error('size: dist/index.html not found. Run `npm run build` first.');
  process.exit(2);
}
const html = readFileSync(htmlPath, 'utf8');
const assets = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const rows = [['index.html', readFileSync(htmlPath).length, gz(readFileSync(htmlPath))]];
let total = 0;
for (const asset of [...new Set(assets)]) {
  const buf = readFileSync(join(dist, asset.replace(/^\//, '')));
  const g = gz(buf);
  total += g;
  rows.push([asset, buf.length, g]);
}
for (const [name, raw, g] of rows) console.log(`${name.padEnd(44)} ${String(raw).padStart(8)} B raw ${String(g).padStart(7)} B gzip`);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`start page JS+CSS gzip: ${total} B (${kb(total)} KB); budget ${BUDGET} B (${kb(BUDGET)} KB)`);
if (total > BUDGET) {
  console.error(`size: over budget by ${total - BUDGET} B`);
  process.exit(1);
}
