// @vitest-environment node
/**
 * The static hosts' files against the route list (deploy/hosts.mjs, src/app/routes.ts): `_redirects` for
 * Netlify and Cloudflare Pages, and the pages every host serves by name. Each host's documented rules (see
 * deploy/README.md) are what is checked: Cloudflare applies a rule even where a file matches, takes only
 * 200/301/302/303/307/308, and at most 100 dynamic rules; Netlify serves a file before an unforced rule.
 */
import { describe, expect, it } from 'vitest';
import { CLOUDFLARE_LIMITS, parseRedirects, redirectsFile } from '../../../deploy/hosts.mjs';
import { PAGE_ROUTES, REDIRECTS, SHELLS, PRERENDERED } from '../../../src/app/routes';
import { VERSIONS, pathIn } from '../../../src/visit/versions';

const CLOUDFLARE_STATUSES = [200, 301, 302, 303, 307, 308];

/** Every address that has a file in the build: each page of each version, its shell and its 404 page. */
const FILE_PATHS = VERSIONS.flatMap((version) => [
  ...PAGE_ROUTES.map((route) => pathIn(version, route.path)),
  pathIn(version, '/shell'),
  pathIn(version, '/404'),
]);

/** Whether a rule's source (with a trailing splat) matches an address, as both hosts match it. */
const matches = (from: string, path: string) => (from.endsWith('*') ? path.startsWith(from.slice(0, -1)) : path === from || path === `${from}/`);

/** What is wrong with a `_redirects` file, by the hosts' rules and the route list. */
function problemsOf(text: string): string[] {
  const rules = parseRedirects(text);
  const problems: string[] = [];
  for (const rule of rules) {
    if (rule.extra.length > 0 || rule.from === '' || rule.to === '') problems.push(`malformed: ${rule.line}`);
    if (!CLOUDFLARE_STATUSES.includes(rule.status) || rule.status === 200) problems.push(`status ${rule.status} (a redirect both hosts take: 301–308): ${rule.line}`);
    if (rule.line.length > CLOUDFLARE_LIMITS.lineLength) problems.push(`longer than ${CLOUDFLARE_LIMITS.lineLength} characters: ${rule.from}`);
    const shadowed = FILE_PATHS.filter((path) => matches(rule.from, path));
    if (shadowed.length > 0) problems.push(`${rule.from} matches addresses with a file (Cloudflare would redirect them): ${shadowed.slice(0, 3).join(', ')}`);
    if (!FILE_PATHS.includes(rule.to)) problems.push(`${rule.to} is not a page of the route list`);
  }
  const dynamic = rules.filter((rule) => /[*:]/.test(rule.from)).length;
  if (dynamic > CLOUDFLARE_LIMITS.dynamicRules) problems.push(`${dynamic} dynamic rules (Cloudflare reads ${CLOUDFLARE_LIMITS.dynamicRules})`);
  for (const version of VERSIONS) {
    for (const { from, to } of REDIRECTS) {
      const wanted = `${pathIn(version, from)} ${pathIn(version, to)}`;
      if (!rules.some((rule) => `${rule.from} ${rule.to}` === wanted)) problems.push(`no rule ${wanted}`);
    }
  }
  return problems;
}

describe('static hosts: _redirects and the pages served by name', () => {
  const text = redirectsFile({ versions: VERSIONS, redirects: REDIRECTS });

  it('_redirects: each old address of each version to its page, as Netlify and Cloudflare Pages both read it', () => {
    const rules = parseRedirects(text);
    console.log(`_redirects: ${rules.length} rules (${VERSIONS.length} versions × ${REDIRECTS.length} old addresses), all ${[...new Set(rules.map((r) => r.status))].join(', ')}`);
    expect(rules.length).toBe(VERSIONS.length * REDIRECTS.length);
    expect(rules).toContainEqual(expect.objectContaining({ from: '/en-gb/check-in/*', to: '/en-gb/check-in', status: 301 }));
    expect(problemsOf(text)).toEqual([]);
  });

  it('finds what a host would get wrong (so a pass means something)', () => {
    const planted = (line: string) => problemsOf(`${text}${line}\n`);
    // A rewrite to the shell for every address: Cloudflare would serve it for every page and file.
    expect(planted('/* /shell.html 200').join('\n')).toMatch(/matches addresses with a file.*status 200|status 200[\s\S]*matches addresses with a file/);
    // Netlify's 404 rewrite: Cloudflare does not take it.
    expect(planted('/en-gb/nope /en-gb/404.html 404').join('\n')).toMatch(/status 404/);
    expect(planted('/en-gb/scan /en-gb/shell 301').join('\n')).toMatch(/\/en-gb\/scan matches addresses with a file/);
    expect(planted('/old /nowhere 301').join('\n')).toMatch(/\/nowhere is not a page/);
    expect(problemsOf(text.replace(/^\/es-mx\/check-in\/\*.*$/m, '')).join('\n')).toMatch(/no rule \/es-mx\/check-in\/\* \/es-mx\/check-in/);
    const many = Array.from({ length: 101 }, (_, i) => `/gone-${i}/* /check-in 301`).join('\n');
    expect(planted(many).join('\n')).toMatch(/dynamic rules/);
  });

  it('every page of the route list is a file of its own: prerendered, or a copy of its version’s shell', () => {
    const byName = new Set([...PRERENDERED, ...SHELLS].map((route) => route.path));
    const missing = PAGE_ROUTES.filter((route) => !byName.has(route.path)).map((route) => route.path);
    expect(missing).toEqual([]);
    expect(SHELLS.map((route) => route.path)).toEqual(expect.arrayContaining(['/scan', '/summary', '/clinicians/flyer']));
    // The check-in paints its first question from its own prerendered file (issue 26).
    expect(PRERENDERED.map((route) => route.path)).toContain('/check-in');
  });
});
