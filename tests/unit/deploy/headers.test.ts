// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  DISABLED_FEATURES,
  HEADER_CSP,
  META_CSP,
  PERMISSIONS_POLICY,
  READER_HEADERS,
  READER_PATHS,
  READER_PERMISSIONS_POLICY,
  REVALIDATED_FILES,
  SECURITY_HEADERS,
  cspPolicy,
  headersFile,
  nginxSecurityHeaders,
} from '../../../deploy/headers.mjs';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const header = (name: string) => SECURITY_HEADERS.find((h) => h.name === name)?.value;

/** The `location` blocks of an nginx configuration: the line that opens each and its body. */
function locations(conf: string): { head: string; body: string }[] {
  const blocks: { head: string; body: string }[] = [];
  const opener = /^\s*location\s+((?:"[^"]*"|[^{"])+)\{/gm;
  for (let match = opener.exec(conf); match; match = opener.exec(conf)) {
    let depth = 1;
    let i = opener.lastIndex;
    while (depth > 0 && i < conf.length) {
      if (conf[i] === '{') depth++;
      else if (conf[i] === '}') depth--;
      i++;
    }
    blocks.push({ head: match[1]!.trim(), body: conf.slice(opener.lastIndex, i - 1) });
  }
  return blocks;
}

describe('the site headers come from one source (deploy/headers.mjs)', () => {
  it("nginx's header files and `_headers` carry the hashes of what the build inlined, in the CSP only (the build writes them: prerender.ts)", () => {
    const hashes = { styleHashes: [`sha256-${'A'.repeat(43)}=`, `sha256-${'B'.repeat(43)}=`], scriptHashes: [`sha256-${'C'.repeat(43)}=`] };
    const policy = cspPolicy({ ...hashes, header: true });
    expect(policy).toContain(`style-src 'self' '${hashes.styleHashes[0]}' '${hashes.styleHashes[1]}';`);
    expect(policy).toContain(`script-src 'self' '${hashes.scriptHashes[0]}';`);
    expect(cspPolicy(hashes)).toBe(policy.replace("; frame-ancestors 'none'", ''));
    for (const conf of [nginxSecurityHeaders(false, hashes), nginxSecurityHeaders(true, hashes)]) {
      expect(conf).toContain(`add_header Content-Security-Policy "${policy}" always;`);
      expect(conf.match(/sha256-/g)).toHaveLength(3);
    }
    expect(headersFile(hashes)).toContain(`  Content-Security-Policy: ${policy}\n`);
    expect(headersFile(hashes).match(/sha256-/g)).toHaveLength(3);
    // Without hashes, this origin only; a malformed hash is refused, never written.
    expect(nginxSecurityHeaders()).toContain("style-src 'self';");
    expect(nginxSecurityHeaders()).toContain("script-src 'self';");
    expect(() => cspPolicy({ styleHashes: ["sha256-x' 'unsafe-inline"] })).toThrow(/not a sha256 source/);
    expect(() => cspPolicy({ scriptHashes: ["'unsafe-inline'"] })).toThrow(/not a sha256 source/);
    // No committed copy that could go stale: serve.sh takes them from the build.
    expect(read('scripts/serve.sh')).toMatch(/cp "\$dist\/\.deploy\/\$conf"/);
  });

  it('the meta CSP in vite.config.ts is imported from it, not written out again', () => {
    const config = read('vite.config.ts');
    expect(config).toMatch(/import \{ META_CSP as CSP \} from '\.\/deploy\/headers\.mjs';/);
    expect(config).not.toMatch(/["']default-src/);
  });

  it("the CSP header adds frame-ancestors 'none', which a meta tag cannot carry", () => {
    expect(header('Content-Security-Policy')).toBe(HEADER_CSP);
    expect(HEADER_CSP.split('; ')).toContain("frame-ancestors 'none'");
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(HEADER_CSP.startsWith(`${META_CSP}; `)).toBe(true);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(META_CSP.split('; ')).toContain(directive);
  });

  it('sends HSTS, nosniff, no referrer, COOP same-origin', () => {
    expect(header('Strict-Transport-Security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(header('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(new Set(SECURITY_HEADERS.map((h) => h.name.toLowerCase())).size).toBe(SECURITY_HEADERS.length);
  });

  it('the Permissions-Policy turns off what the app does not use, and keeps clipboard-write for the Copy button', () => {
    expect(header('Permissions-Policy')).toBe(PERMISSIONS_POLICY);
    const entries = PERMISSIONS_POLICY.split(', ');
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+=\((self)?\)$/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) expect(entries).toContain(`${feature}=()`);
    expect(DISABLED_FEATURES).not.toContain('clipboard-write');
    expect(entries).toContain('clipboard-write=(self)');
  });

  it('the code reader alone may use the camera, for this origin only; its other headers are the same', () => {
    expect(READER_PERMISSIONS_POLICY.split(', ')).toContain('camera=(self)');
    expect(READER_PERMISSIONS_POLICY.split(', ')).not.toContain('camera=()');
    expect(READER_PERMISSIONS_POLICY.replace('camera=(self)', 'camera=()')).toBe(PERMISSIONS_POLICY);
    expect(READER_HEADERS.map((h) => h.name)).toEqual(SECURITY_HEADERS.map((h) => h.name));
    for (const h of READER_HEADERS) if (h.name !== 'Permissions-Policy') expect(h.value).toBe(header(h.name));
    expect(header('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const rules = headersFile()
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .reduce<{ path: string; headers: [string, string][] }[]>((all, line) => {
      if (!line.startsWith(' ')) all.push({ path: line, headers: [] });
      else {
        const [name, ...value] = line.trim().split(': ');
        all.at(-1)!.headers.push([name!, value.join(': ')]);
      }
      return all;
    }, []);

  it('sends every security header on every path, and caches the hashed assets for a year', () => {
    expect(rules.find((r) => r.path === '/*')?.headers).toEqual(SECURITY_HEADERS.map(({ name, value }) => [name, value]));
    expect(rules.find((r) => r.path === '/assets/*')?.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    for (const file of REVALIDATED_FILES) expect(rules.find((r) => r.path === file)?.headers).toEqual([['Cache-Control', 'no-cache']]);
    expect(REVALIDATED_FILES).toEqual(expect.arrayContaining(['/sw.js', '/manifest.webmanifest']));
  });

  it('gives the code reader camera=(self), last, so that a host joining the two policies still allows it there', () => {
    for (const path of READER_PATHS) expect(rules.find((r) => r.path === path)?.headers).toEqual([['Permissions-Policy', 'camera=(self)']]);
    // Joined as the hosts join a header two rules set: the dictionary's last "camera" wins (RFC 8941).
    const joined = `${PERMISSIONS_POLICY}, camera=(self)`;
    const last = new Map(joined.split(', ').map((entry) => entry.split('=') as [string, string]));
    expect(last.get('camera')).toBe('(self)');
    expect(rules.findIndex((r) => r.path === '/*')).toBeLessThan(rules.findIndex((r) => r.path === '/scan'));
  });

  it('sets no header in two rules (the hosts merge those differently), but for the reader\'s camera', () => {
    const names = rules.filter((r) => !READER_PATHS.includes(r.path)).flatMap((r) => r.headers.map(([name]) => name.toLowerCase()));
    const paths = rules.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    // "/*" matches every path, so its names appear nowhere else; the other rules match disjoint paths.
    const everywhere = new Set(rules.find((r) => r.path === '/*')!.headers.map(([name]) => name.toLowerCase()));
    expect(names.filter((name) => everywhere.has(name))).toHaveLength(everywhere.size);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf');
  const blocks = locations(conf);

  it('includes the security headers in every location (nginx drops inherited add_header in a block with its own)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      const reader = block.head.includes('/scan');
      expect(block.body, block.head).toContain(reader ? 'include reader-headers.conf;' : 'include security-headers.conf;');
    }
    expect(blocks.filter((b) => b.body.includes('reader-headers.conf')).map((b) => b.head)).toEqual(['~ "^(?<reader_base>/[a-z]{2}-[a-z]{2})?/scan$"']);
    expect(conf.replace(/location[\s\S]*/, '')).not.toContain('add_header');
  });

  it('caches /assets/ for a year (immutable) and revalidates everything else, with the source values', () => {
    const cache = (body: string) => /add_header Cache-Control "([^"]+)"/.exec(body)?.[1];
    for (const block of blocks) {
      if (block.head === '^~ /assets/') expect(cache(block.body)).toBe(CACHE_CONTROL.immutable);
      else expect(cache(block.body), block.head).toBe(CACHE_CONTROL.revalidate);
    }
    expect(blocks.map((b) => b.head)).toContain('^~ /assets/');
    expect(CACHE_CONTROL.immutable).toBe('public, max-age=31536000, immutable');
    expect(CACHE_CONTROL.revalidate).toBe('no-cache');
  });

  it('answers a missing file with 404 and an unknown page path with its version\'s shell', () => {
    const tries = blocks.map((b) => /try_files ([^;]+);/.exec(b.body)?.[1]);
    expect(tries).toContain('$uri =404');
    expect(tries).toContain('$uri.html $uri/index.html /$version/shell.html /shell.html');
    expect(tries).toContain('$uri.html $uri/index.html /shell.html');
  });

  it('runs as any user: system mime types, logs and temporary files under the prefix, and keeps no access log [H30]', () => {
    expect(conf).toContain('include /etc/nginx/mime.types;');
    expect(conf).toMatch(/^error_log logs\//m);
    // No access log: it would tie a visitor's address and browser to a clinic link's query.
    expect(conf).toMatch(/^\s*access_log off;/m);
    expect(conf).not.toMatch(/^\s*access_log logs/m);
    expect(conf).not.toMatch(/log_format/);
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) expect(conf).toMatch(new RegExp(`^\\s*${temp}_temp_path tmp/`, 'm'));
    expect(conf).toMatch(/^\s*gzip_static on;/m);
    expect(conf).toMatch(/^\s*#brotli# brotli_static on;/m);
  });
});
