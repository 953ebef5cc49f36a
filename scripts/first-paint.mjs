#!/usr/bin/env node
/**
 * `npm run first-paint`: does the start page paint as soon as a bare HTML page does? Serves the built dist/
 * through the production nginx (scripts/serve.sh) with one extra page, /bare.html: the start page's own HTML
 * with every script, preload and stylesheet taken out (what a browser can paint with no JavaScript and no
 * CSS at all). Lighthouse (mobile, simulated throttling) measures both in the same run, median of --runs
 * (default 3), and prints LCP, FCP and the ratio of the start page's LCP to the bare page's.
 * Options: --runs N, --budget R (exit 1 when a page's LCP ratio is above R), and the pages to compare
 * (default: / and /es-mx/).
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLighthouse } from './lighthouse.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 3);
const budget = option('--budget', NaN);
const pages = args.filter((a) => a.startsWith('/'));
const routes = pages.length ? pages : ['/', '/es-mx/'];

const site = mkdtempSync(join(tmpdir(), 'first-paint-'));
cpSync('dist', site, { recursive: true });
// Readable by nginx's workers (another user when run as root); mkdtemp makes it private.
chmodSync(site, 0o755);
const start = readFileSync(join(site, 'index.html'), 'utf8');
const bare = start
  .replace(/<script\b[\s\S]*?<\/script>/g, '')
  .replace(/<link\b[^>]*rel="(?:modulepreload|preload|stylesheet|manifest)"[^>]*>/g, '');
writeFileSync(join(site, 'bare.html'), bare);
rmSync(join(site, 'bare.html.gz'), { force: true });

const port = Number(process.env.FIRST_PAINT_PORT ?? 8099);
const server = spawn('bash', ['scripts/serve.sh'], { env: { ...process.env, PORT: String(port), DIST: site }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/bare`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const results = await runLighthouse(base, ['/bare', ...routes], runs, { categories: ['performance'] });
  const bareLcp = results[0].lcp;
  let failed = false;
  for (const r of results) {
    const ratio = r.lcp / bareLcp;
    console.log(
      `first paint ${r.route.padEnd(10)} LCP ${(r.lcp / 1000).toFixed(2)} s  FCP ${(r.fcp / 1000).toFixed(2)} s  performance ${r.performance}  LCP ÷ bare ${ratio.toFixed(2)}×  (median of ${runs}, nginx, Lighthouse mobile)`,
    );
    if (r.route !== '/bare' && ratio > budget) failed = true;
  }
  if (failed) {
    console.error(`first paint: a page's LCP is more than ${budget}× the bare page's`);
    process.exitCode = 1;
  }
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // The server has already stopped (it says why on its own).
  }
  rmSync(site, { recursive: true, force: true });
}
