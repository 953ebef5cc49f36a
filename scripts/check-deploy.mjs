#!/usr/bin/env node
/**
 * Checks the production server end to end: starts `npm run serve` (scripts/serve.sh, nginx with
 * deploy/nginx.conf) on a free port for a built site, makes real HTTP requests and checks the addresses
 * (README "Deploying"), the headers (deploy/headers.mjs), caching and compression. Prints a table of the
 * checks; exits 1 if any fails. Builds nothing.
 *
 *   node scripts/check-deploy.mjs [dist dir, default dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_HEADERS_DIR, CACHE_CONTROL, READER_PERMISSIONS_POLICY, cspPolicy, headersFile, securityHeaders } from '../deploy/headers.mjs';
import { startServer } from './lib/server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? 'dist');
/** The hashes of what the build inlined (scripts/vite/prerender.ts): the headers must allow each. */
const hashes = () => /** @type {{ styleHashes: string[], scriptHashes: string[] }} */ (JSON.parse(readFileSync(join(dist, BUILD_HEADERS_DIR, 'hashes.json'), 'utf8')));
const SECURITY_HEADERS = () => securityHeaders(hashes());
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'routes.json'))) {
  console.error(`check-deploy: no built site at ${dist} (index.html, routes.json). Build it first.`);
  process.exit(1);
}


// serve.sh may first install nginx with apt-get when run as root: up to 3 minutes.
let server;
try {
  server = await startServer({ kind: 'nginx', dist, cwd: repo, env: { NGINX_RUNTIME: '' }, probe: '/robots.txt', timeout: 180_000 });
} catch (error) {
  console.error(`check-deploy: the server did not start.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { port, base } = server;
const stop = () => server.stop();
/** What serve.sh printed (where nginx keeps its configuration and logs). */
const output = () => server.output();

/**
 * @param {string} path
 * @param {Record<string, string>} [headers]
 */
async function get(path, headers = {}) {
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** @type {{ check: string, result: 'PASS' | 'FAIL' | 'SKIP', detail: string }[]} */
const rows = [];
/**
 * @param {string} check
 * @param {() => Promise<string | string[]>} run  returns the detail, or the list of problems (empty: pass)
 */
async function check(check, run) {
  try {
    const out = await run();
    if (Array.isArray(out)) rows.push({ check, result: out.length ? 'FAIL' : 'PASS', detail: out.slice(0, 3).join('; ') });
    else rows.push({ check, result: 'PASS', detail: out });
  } catch (error) {
    rows.push({ check, result: 'FAIL', detail: error instanceof Error ? error.message : String(error) });
  }
}
const skip = (/** @type {string} */ checkName, /** @type {string} */ detail) => rows.push({ check: checkName, result: 'SKIP', detail });

const file = (/** @type {string} */ name) => readFileSync(join(dist, name));
/** Problems when `path` does not answer 200 with exactly `name` from the build. */
async function serves(/** @type {string} */ path, /** @type {string} */ name) {
  const response = await get(path);
  const problems = [];
  if (response.status !== 200) problems.push(`${path}: ${response.status}`);
  if (!response.body.equals(file(name))) problems.push(`${path}: not ${name}`);
  if (!response.headers.get('content-type')?.startsWith('text/html')) problems.push(`${path}: ${response.headers.get('content-type')}`);
  return problems;
}
/** Passes with `detail` when there are no problems. */
const or = (/** @type {string[]} */ problems, /** @type {string} */ detail) => (problems.length ? problems : detail);
const SAME = '200 text/html, byte for byte';
/** Problems when a response lacks any of the security headers. */
function securityProblems(/** @type {string} */ path, /** @type {Headers} */ headers) {
  return SECURITY_HEADERS().filter(({ name, value }) => headers.get(name) !== value).map(({ name }) => `${path}: ${name} is ${JSON.stringify(headers.get(name))}`);
}

const fileFor = (/** @type {string} */ path) => (path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`);
/** @type {{ versions: { tag: string, base: string }[], routes: { path: string, prerender: boolean, shell?: boolean }[] }} */
const { versions, routes } = JSON.parse(readFileSync(join(dist, 'routes.json'), 'utf8'));
const pathIn = (/** @type {{ base: string }} */ version, /** @type {string} */ path) => (version.base ? `${version.base}${path === '/' ? '/' : path}` : path);
const index = file('index.html').toString();
const asset = /(?:src|href)=["'](\/assets\/[^"']+\.js)["']/.exec(index)?.[1];
const slug = routes.find((route) => route.path.startsWith('/learn/'))?.path ?? '/learn';

await check('/ : 200, the start page, every security header', async () => {
  const response = await get('/');
  return or(
    [...(response.status === 200 && response.body.equals(file('index.html')) ? [] : [`/: ${response.status}, not index.html`]), ...securityProblems('/', response.headers)],
    `index.html; ${SECURITY_HEADERS().map(({ name }) => name).join(', ')}`,
  );
});
await check('security headers on a 404, a hashed JS file, sw.js, the shell', async () => {
  const problems = [];
  const paths = ['/assets/nope.js', ...(asset ? [asset] : []), '/sw.js', '/nope/deeper'];
  for (const path of paths) problems.push(...securityProblems(path, (await get(path)).headers));
  return or(problems, paths.join(', '));
});
await check("CSP: frame-ancestors 'none' in the header, not in the meta", async () => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(index)?.[1]?.replaceAll('&#39;', "'");
  const header = (await get('/')).headers.get('content-security-policy');
  const problems = [];
  if (!header?.includes("frame-ancestors 'none'") || header !== cspPolicy({ ...hashes(), header: true })) problems.push(`header: ${header}`);
  if (!meta) problems.push('no meta CSP in index.html');
  else if (meta.includes('frame-ancestors')) problems.push('the meta CSP has frame-ancestors');
  else {
    // The page's own inlined CSS and entry loader, by hash: in its meta, and among the header's.
    const sha = (/** @type {string | undefined} */ text) => (text === undefined ? '' : `sha256-${createHash('sha256').update(text).digest('base64')}`);
    const own = { styleHashes: [sha(/<style>([\s\S]*?)<\/style>/.exec(index)?.[1])], scriptHashes: [sha(/<script>([\s\S]*?)<\/script>/.exec(index)?.[1])] };
    if (meta !== cspPolicy(own)) problems.push(`meta is not the policy with its own page's hashes: ${meta}`);
    if (![...own.styleHashes, ...own.scriptHashes].every((hash) => hash && header?.includes(`'${hash}'`))) problems.push("the header does not allow the page's inline CSS and loader");
  }
  return or(problems, "header = meta + frame-ancestors 'none', with every page's hashes; the meta has its own page's");
});
await check('/clinicians serves clinicians.html', async () => or(await serves('/clinicians', 'clinicians.html'), SAME));
await check('/es-mx/ and /es-mx serve es-mx/index.html', async () => or([...(await serves('/es-mx/', 'es-mx/index.html')), ...(await serves('/es-mx', 'es-mx/index.html'))], SAME));
await check(`/en-gb${slug} serves en-gb${slug}.html`, async () => or(await serves(`/en-gb${slug}`, `en-gb${slug}.html`), SAME));
await check('/check-in, /es-mx/check-in: check-in.html of each', async () =>
  or([...(await serves('/check-in', 'check-in.html')), ...(await serves('/es-mx/check-in', 'es-mx/check-in.html'))], SAME),
);
await check('/nope/deeper: shell.html, 200', async () => or(await serves('/nope/deeper', 'shell.html'), SAME));
await check('/es-mx/nope/deeper: es-mx/shell.html, 200', async () => or(await serves('/es-mx/nope/deeper', 'es-mx/shell.html'), SAME));
await check(`every page path of every version (routes.json)`, async () => {
  const problems = [];
  let count = 0;
  for (const version of versions) {
    for (const route of routes) {
      const path = pathIn(version, route.path);
      // Every page has its file: prerendered, or a copy of the version's shell (src/app/routes.ts SHELLS).
      const expected = fileFor(path);
      problems.push(...(await serves(path, expected)));
      count++;
    }
  }
  if (!problems.length) return `${count} paths, each its own file`;
  return problems;
});
await check('404 pages for other static hosts (deploy/README.md): 404.html with every version’s help and no script; each version’s own', async () => {
  const problems = [];
  const everywhere = file('404.html').toString();
  if (/<script/.test(everywhere)) problems.push('404.html has a script');
  for (const version of versions) {
    if (!everywhere.includes(`id="help-${version.tag.toLowerCase()}"`)) problems.push(`404.html: no block for ${version.tag}`);
    if (version.base && !file(`${version.base.slice(1)}/404.html`).equals(file(`${version.base.slice(1)}/shell.html`))) problems.push(`${version.base.slice(1)}/404.html is not its shell`);
  }
  return or(problems, `404.html (${versions.length} versions' help, no script); ${versions.filter((v) => v.base).length} versions' own 404.html`);
});
await check('/assets/nope.js and /nope.html: 404, not cached for a year', async () => {
  const problems = [];
  for (const path of ['/assets/nope.js', '/nope.html']) {
    const response = await get(path);
    if (response.status !== 404) problems.push(`${path}: ${response.status}`);
    if (response.headers.get('cache-control')?.includes('immutable')) problems.push(`${path}: immutable`);
  }
  return or(problems, '404, not immutable');
});
await check('hashed asset: a year, immutable', async () => {
  if (!asset) return ['no /assets/*.js in index.html'];
  const response = await get(asset);
  const problems = [];
  if (response.status !== 200) problems.push(`${asset}: ${response.status}`);
  if (response.headers.get('cache-control') !== CACHE_CONTROL.immutable) problems.push(`Cache-Control: ${response.headers.get('cache-control')}`);
  if (!response.headers.get('content-type')?.startsWith('application/javascript')) problems.push(`Content-Type: ${response.headers.get('content-type')}`);
  return problems.length ? problems : `${asset}: ${CACHE_CONTROL.immutable}`;
});
await check('pages, /sw.js, /manifest.webmanifest: no-cache', async () => {
  const problems = [];
  const types = { '/': 'text/html', '/es-mx/nope': 'text/html', '/sw.js': 'application/javascript', '/manifest.webmanifest': 'application/manifest+json' };
  for (const [path, type] of Object.entries(types)) {
    const response = await get(path);
    if (response.status !== 200) problems.push(`${path}: ${response.status}`);
    if (response.headers.get('cache-control') !== CACHE_CONTROL.revalidate) problems.push(`${path}: Cache-Control ${response.headers.get('cache-control')}`);
    if (!response.headers.get('content-type')?.startsWith(type)) problems.push(`${path}: Content-Type ${response.headers.get('content-type')}`);
  }
  return problems.length ? problems : `${Object.keys(types).join(', ')}: ${CACHE_CONTROL.revalidate}`;
});
await check('revalidation: If-None-Match gets 304', async () => {
  const etag = (await get('/')).headers.get('etag');
  if (!etag) return ['no ETag on /'];
  const response = await get('/', { 'if-none-match': etag });
  return response.status === 304 ? `/ with ${etag}: 304` : [`/ with If-None-Match: ${response.status}`];
});
/** Problems when `path` with `accept` is not the precompressed `name.<ext>`, sent as it is. */
async function precompressed(/** @type {string} */ path, /** @type {string} */ name, /** @type {string} */ accept, /** @type {string} */ encoding, /** @type {string} */ ext) {
  // Node's fetch decompresses the body; the length says which file was sent.
  const response = await get(path, { 'accept-encoding': accept });
  const problems = [];
  if (response.headers.get('content-encoding') !== encoding) problems.push(`${path}: Content-Encoding ${response.headers.get('content-encoding')}`);
  if (!response.headers.get('vary')?.toLowerCase().includes('accept-encoding')) problems.push(`${path}: no Vary: Accept-Encoding`);
  const compressed = join(dist, `${name}.${ext}`);
  if (!existsSync(compressed)) problems.push(`no ${name}.${ext} in the build`);
  else if (Number(response.headers.get('content-length')) !== readFileSync(compressed).length) problems.push(`${path}: not ${name}.${ext}`);
  if (!response.body.equals(file(name))) problems.push(`${path}: decompresses to something else`);
  return problems;
}
await check('Accept-Encoding: gzip gets the .gz files', async () => {
  const problems = [...(await precompressed('/', 'index.html', 'gzip', 'gzip', 'gz'))];
  if (asset) problems.push(...(await precompressed(asset, asset.slice(1), 'gzip', 'gzip', 'gz')));
  problems.push(...(await precompressed('/sw.js', 'sw.js', 'gzip', 'gzip', 'gz')));
  return problems.length ? problems : `/, ${asset ?? ''}, /sw.js: Content-Encoding: gzip`;
});
if (existsSync(BROTLI_MODULE)) {
  await check('Accept-Encoding: br, gzip gets the .br files', async () => {
    const problems = [...(await precompressed('/', 'index.html', 'br, gzip', 'br', 'br'))];
    if (asset) problems.push(...(await precompressed(asset, asset.slice(1), 'br, gzip', 'br', 'br')));
    return problems.length ? problems : `/, ${asset ?? ''}: Content-Encoding: br`;
  });
} else skip('Accept-Encoding: br, gzip gets the .br files', `no brotli module (${BROTLI_MODULE})`);
await check('dist/_headers is the one deploy/headers.mjs makes', async () =>
  existsSync(join(dist, '_headers')) && file('_headers').toString() === headersFile(hashes()) ? '/* security headers, /assets/* immutable' : ['dist/_headers differs or is missing'],
);

/** A request with `path` sent exactly as written (fetch would normalise `\\` and `//`). */
function raw(/** @type {string} */ path) {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { 'accept-encoding': 'identity' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, location: response.headers.location ?? null, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}
/** The app's own page (the shell): the header, Leave, and the crisis line and emergency number to tap. */
const isAppPage = (/** @type {Buffer} */ body) => /<html lang="[a-z]{2}-[A-Z]{2}"/.test(body.toString()) && /href="tel:/.test(body.toString());

await check('old-link addresses made to leave the site: served here, never redirected elsewhere', async () => {
  const problems = [];
  const addresses = ['//evil.example/?lang=en', '//evil.example/?region=us', '/\\evil.example/?lang=en', '/%2F%2Fevil.example/?lang=en', '/%5Cevil.example/?lang=en', '/%09/evil.example/?lang=en', '///evil.example/?region=uk'];
  const seen = [];
  for (const address of addresses) {
    const response = /** @type {{ status: number, location: string | null, body: Buffer }} */ (await raw(address));
    seen.push(`${address} → ${response.status}${response.location ? ` Location ${response.location}` : ''}`);
    if (response.location && new URL(response.location, base).origin !== base) problems.push(`${address}: Location ${response.location}`);
    if (response.status >= 300 && response.status < 400) problems.push(`${address}: redirected (${response.status})`);
  }
  return or(problems, seen.join('; '));
});
await check('a code sent as %23, a dot-file, a missing file: 404 with the app\'s page (crisis line), not a bare one', async () => {
  const problems = [];
  const seen = [];
  for (const path of ['/%23v1.fx7.333333333313333333145444111111111112.05owoft', '/summary%23v1.fx7.0', '/.git/config', '/.env', '/es-mx/.git/HEAD', '/nope.png', '/es-mx/nope.png']) {
    const response = await get(path);
    seen.push(`${path} ${response.status}`);
    if (response.status !== 404) problems.push(`${path}: ${response.status}`);
    if (!isAppPage(response.body)) problems.push(`${path}: not the app's page`);
    if (!path.startsWith('/es-mx/') && !/href="tel:988"/.test(response.body.toString())) problems.push(`${path}: no 988`);
  }
  const mx = await get('/es-mx/nope.png');
  if (!mx.body.toString().includes('lang="es-MX"')) problems.push("/es-mx/nope.png: not es-MX's page");
  return or(problems, seen.join(', '));
});
await check('Cross-Origin-Resource-Policy: same-origin on pages, files and 404s', async () => {
  const problems = [];
  for (const path of ['/', '/sw.js', '/assets/nope.js', '/nope/deeper', '/scan', ...(asset ? [asset] : [])]) {
    const value = (await get(path)).headers.get('cross-origin-resource-policy');
    if (value !== 'same-origin') problems.push(`${path}: ${value}`);
  }
  return or(problems, 'same-origin');
});
await check('the camera: allowed (self) on /scan and /es-mx/scan only', async () => {
  const problems = [];
  for (const path of ['/scan', '/es-mx/scan']) {
    const response = await get(path);
    if (response.status !== 200) problems.push(`${path}: ${response.status}`);
    if (response.headers.get('permissions-policy') !== READER_PERMISSIONS_POLICY) problems.push(`${path}: ${response.headers.get('permissions-policy')}`);
  }
  for (const path of ['/', '/clinicians', '/check-in', '/summary', '/scan/', '/scanner', '/es-mx/scan/x']) {
    const policy = (await get(path)).headers.get('permissions-policy') ?? '';
    if (!policy.split(', ').includes('camera=()')) problems.push(`${path}: camera not off (${policy.slice(0, 40)}…)`);
  }
  return or(problems, '/scan, /es-mx/scan: camera=(self); /, /clinicians, /check-in, /summary, /scan/, /scanner: camera=()');
});
await check('no log ties a visitor to a link: no access log, and no request line in the error log', async () => {
  const runtime = /Configuration and logs: (\S+?)\/? \(/.exec(output())?.[1];
  if (!runtime) return ['serve.sh did not say where its logs are'];
  // A clinic link, then the requests above: none of it may be on disk.
  await get('/?clinic=Riverside%20Clinic&phone=%2B12025550123');
  const logs = join(runtime, 'logs');
  const files = readdirSync(logs).filter((name) => statSync(join(logs, name)).isFile());
  const problems = [];
  for (const name of files) {
    const text = readFileSync(join(logs, name), 'utf8');
    if (name.startsWith('access')) problems.push(`${name}: an access log (${text.length} bytes)`);
    if (/Riverside|clinic=|127\.0\.0\.1|evil\.example|%23|GET /.test(text)) problems.push(`${name}: holds a request (${text.split('\n')[0]?.slice(0, 80)})`);
  }
  return or(problems, `${logs}: ${files.map((name) => `${name} ${statSync(join(logs, name)).size} bytes`).join(', ') || 'empty'}`);
});

await stop();

const width = Math.max(...rows.map((row) => row.check.length));
console.log(`\nnginx check of ${dist} on ${base}\n`);
console.log(`${'check'.padEnd(width)}  result  detail`);
console.log(`${'-'.repeat(width)}  ------  ${'-'.repeat(40)}`);
for (const row of rows) console.log(`${row.check.padEnd(width)}  ${row.result.padEnd(6)}  ${row.detail}`);
const failed = rows.filter((row) => row.result === 'FAIL').length;
const passed = rows.filter((row) => row.result === 'PASS').length;
console.log(`\ncheck-deploy: ${passed} passed, ${failed} failed${rows.length - passed - failed ? `, ${rows.length - passed - failed} skipped` : ''}`);
if (failed) console.log(`\nserve.sh said:\n${output()}`);
process.exit(failed ? 1 : 0);
