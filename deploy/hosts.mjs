/**
 * What static hosts need beyond the files themselves, from the app's route list (src/app/routes.ts, as
 * dist/routes.json has it): the `_redirects` file read by Netlify and Cloudflare Pages. Written into the build
 * by scripts/vite/prerender.ts; tests/unit/deploy/hosts.test.ts checks it against the route list.
 *
 * Every page of every version is a file of its own (prerendered, or a copy of the version's shell), and
 * every missing address gets a 404 page (the version's `404.html` where a host looks for the nearest one,
 * else the site's `404.html`, which lists each country's crisis contacts). So the only rules left are the
 * old addresses. They are written so that both hosts read them the same way:
 * - Cloudflare Pages applies a rule "regardless of whether or not an asset matches", Netlify only where no
 *   file does: no rule here matches an address that has a file;
 * - Cloudflare takes only 200, 301, 302, 303, 307 and 308 (no 404 rewrites): 301 only;
 * - Cloudflare allows 100 dynamic rules (with a splat): one per version and old address.
 *
 * Plain JavaScript (with hosts.d.mts for TypeScript) so Node 20 scripts can import it as it is.
 */

export const REDIRECT_STATUS = 301;
/** Cloudflare Pages' limit on dynamic rules (a splat or placeholder), and on a line's length. */
export const CLOUDFLARE_LIMITS = Object.freeze({ dynamicRules: 100, lineLength: 1000 });

/**
 * `_redirects`: for each version, each old address (`/check-in/*`) to its page (`/check-in`), as a permanent
 * redirect within the version.
 * @param {{ versions: readonly { base: string }[], redirects: readonly { from: string, to: string }[] }} list
 */
export function redirectsFile({ versions, redirects }) {
  const lines = versions.flatMap((version) => redirects.map(({ from, to }) => `${version.base}${from} ${version.base}${to} ${REDIRECT_STATUS}`));
  return `${[
    '# Generated from src/app/routes.ts (REDIRECTS) by deploy/hosts.mjs; written into the build by scripts/vite/prerender.ts.',
    '# Netlify and Cloudflare Pages. Every page is a file of its own and every missing address has a 404 page,',
    '# so only old addresses are here (deploy/README.md).',
    ...lines,
  ].join('\n')}\n`;
}

/**
 * The rules of a `_redirects` file, as both hosts read a line: source, destination, status (302 if none).
 * @param {string} text
 */
export function parseRedirects(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '302', ...rest] = line.split(/\s+/);
      return { line, from, to, status: Number(status), extra: rest };
    });
}
