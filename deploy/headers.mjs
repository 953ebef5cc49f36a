// @ts-check
/**
 * The site's HTTP response headers: the one source for all of them.
 *
 * - vite.config.ts puts META_CSP in every page (`<meta http-equiv>`, for hosts that cannot set headers).
 * - deploy/security-headers.conf (nginx, `npm run serve`) is generated from SECURITY_HEADERS by
 *   `node scripts/deploy-config.mjs`; tests/unit/deploy/ fails when the committed file differs.
 * - The build writes `_headers` (Netlify, Cloudflare Pages) into dist from headersFile()
 *   (scripts/vite/compress.ts).
 *
 * Plain JavaScript (with headers.d.mts for TypeScript) so Node 20 scripts can import it as it is.
 */

/**
 * The Content-Security-Policy directives a `<meta>` tag can carry. Everything comes from this origin:
 * no inline scripts or styles (`style-src 'self'` also forbids `style=""`, so components never use
 * `style={}`), no plugins, no frames, forms post nowhere else.
 */
export const CSP_DIRECTIVES = Object.freeze([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
]);

/**
 * Directives browsers honour only in a header (in a `<meta>` they are ignored, with a console warning):
 * no site may show these pages in a frame (clickjacking a "Leave this site" button or a crisis number).
 */
export const HEADER_ONLY_CSP_DIRECTIVES = Object.freeze(["frame-ancestors 'none'"]);

/**
 * The policy with the hashes of what the build inlined (scripts/vite/prerender.ts): each page's CSS, in one
 * `<style>` so its first paint waits for no stylesheet, and the few lines that load the entry script after
 * the first paint. A hash allows exactly that text; `style=""` attributes and any other inline script stay
 * forbidden. The build computes the hashes from what it inlines and writes this policy into each page's
 * meta, `_headers` and nginx's headers, so none can go stale.
 * @param {{ styleHashes?: readonly string[], scriptHashes?: readonly string[], header?: boolean }} [options]
 */
export function cspPolicy({ styleHashes = [], scriptHashes = [], header = false } = {}) {
  for (const hash of [...styleHashes, ...scriptHashes]) if (!/^sha256-[A-Za-z0-9+/]{43}=$/.test(hash)) throw new Error(`not a sha256 source: ${hash}`);
  const withHashes = (/** @type {string} */ directive, /** @type {readonly string[]} */ hashes) => (hashes.length ? `${directive} ${hashes.map((hash) => `'${hash}'`).join(' ')}` : directive);
  const directives = CSP_DIRECTIVES.map((directive) =>
    directive === "style-src 'self'" ? withHashes(directive, styleHashes) : directive === "script-src 'self'" ? withHashes(directive, scriptHashes) : directive,
  );
  return [...directives, ...(header ? HEADER_ONLY_CSP_DIRECTIVES : [])].join('; ');
}

/** @typedef {{ styleHashes?: readonly string[], scriptHashes?: readonly string[] }} InlineHashes */

/** The policy in the pages' `<meta http-equiv="Content-Security-Policy">`, before the build adds its style hashes. */
export const META_CSP = cspPolicy();

/** The policy sent as a header: the meta's, plus what only a header can say (before the build's style hashes). */
export const HEADER_CSP = cspPolicy({ header: true });

/** Where the build writes the hashes and the nginx headers made with them (a dot folder: never served). */
export const BUILD_HEADERS_DIR = '.deploy';

/**
 * Powerful features the app never uses, turned off for this site and anything it could embed: sensors,
 * devices, capture, payments, credentials, ad-interest tracking (FLoC's interest-cohort and the Topics
 * API's browsing-topics). Every name is one Chromium recognises (an unknown name is a console error
 * there). Not listed, so left at the browser's default: clipboard-write, which the clinicians' link
 * builder needs for its Copy button; it is granted to this origin only.
 */
export const DISABLED_FEATURES = Object.freeze([
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'captured-surface-control',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
]);

export const PERMISSIONS_POLICY = [...DISABLED_FEATURES.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(', ');

/**
 * The code reader (/scan, and /<version>/scan) is the one page that may use the camera, and only for this
 * origin: the clinician reads a person's QR code with it. Every other feature stays as PERMISSIONS_POLICY.
 */
export const READER_PATHS = Object.freeze(['/scan', '/*/scan']);
export const READER_PERMISSIONS_POLICY = PERMISSIONS_POLICY.replace('camera=()', 'camera=(self)');

/**
 * Every response's security headers, each with why.
 * @type {readonly { name: string, value: string, why: string }[]}
 */
export const SECURITY_HEADERS = securityHeaders();

/**
 * The security headers with the hashes of what the build inlined in the CSP.
 * @param {InlineHashes} [hashes]
 */
export function securityHeaders(hashes = {}) {
  return Object.freeze([
  {
    name: 'Content-Security-Policy',
    value: cspPolicy({ ...hashes, header: true }),
    why: "only this origin's scripts, styles and requests; no framing (frame-ancestors works in a header only)",
  },
  {
    name: 'Strict-Transport-Security',
    value: 'max-age=63072000',
    why: 'HTTPS only for two years once seen over HTTPS (add includeSubDomains and preload only if every subdomain is HTTPS)',
  },
  { name: 'X-Content-Type-Options', value: 'nosniff', why: 'files are only what their Content-Type says' },
  { name: 'X-Frame-Options', value: 'DENY', why: "frame-ancestors 'none' for browsers that predate it" },
  { name: 'Referrer-Policy', value: 'no-referrer', why: 'a link out never tells the next site this one was visited' },
  { name: 'Permissions-Policy', value: PERMISSIONS_POLICY, why: 'features the app does not use are off' },
  {
    name: 'Cross-Origin-Opener-Policy',
    value: 'same-origin',
    why: 'a page opened from another site, or opening one, shares no window handle with it',
  },
  {
    name: 'Cross-Origin-Resource-Policy',
    value: 'same-origin',
    why: 'no other site can load these files (a page, a script, an image) into its own pages',
  },
  ]);
}

/**
 * The reader page's headers: the same, with the camera allowed for this origin.
 * @param {InlineHashes} [hashes]
 */
export function readerHeaders(hashes = {}) {
  return Object.freeze(
    securityHeaders(hashes).map((header) =>
      header.name === 'Permissions-Policy'
        ? { ...header, value: READER_PERMISSIONS_POLICY, why: 'the code reader: the camera for this origin, on this page only; every other feature as elsewhere' }
        : header,
    ),
  );
}
export const READER_HEADERS = readerHeaders();

/** Cache-Control values: hashed files never change; everything else is revalidated on every use. */
export const CACHE_CONTROL = Object.freeze({
  /** /assets/*: the name carries a hash of the content, so a changed file is a new address. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, sw.js, the manifest, icons: a cache may keep them but must ask the server before each use. */
  revalidate: 'no-cache',
});

/** Files whose address never changes but whose content does, named explicitly in `_headers`. */
export const REVALIDATED_FILES = Object.freeze(['/sw.js', '/manifest.webmanifest']);

const GENERATED_BY = 'Generated from deploy/headers.mjs; do not edit.';

/**
 * security-headers.conf: nginx `add_header` lines, included in every `location` (deploy/nginx.conf); with
 * `reader`, reader-headers.conf, included in the code reader's location only. The build writes both into
 * dist/.deploy/ with its style hashes (scripts/vite/prerender.ts), and `npm run serve` takes them from there.
 * @param {boolean} [reader]
 * @param {InlineHashes} [hashes]
 */
export function nginxSecurityHeaders(reader = false, hashes = {}) {
  const lines = [
    `# ${GENERATED_BY} Written into the build (dist/${BUILD_HEADERS_DIR}/) by scripts/vite/prerender.ts.`,
    reader
      ? "# Included in the code reader's location only (/scan): as security-headers.conf, with the camera allowed for this origin."
      : '# Included in every location block: nginx drops inherited add_header lines in a block that has its own.',
    '# "always": on error responses too (a 404 is a page like any other).',
  ];
  for (const { name, value, why } of reader ? readerHeaders(hashes) : securityHeaders(hashes)) {
    if (/["\\\n]/.test(value)) throw new Error(`${name}: a value nginx cannot quote as it is`);
    lines.push(`# ${why}`, `add_header ${name} "${value}" always;`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `_headers` for Netlify and Cloudflare Pages. No header name is set by two rules that can match the same
 * path, because the hosts merge such headers differently (joined with a comma, or the last one wins) —
 * with one exception, the reader's `Permissions-Policy: camera=(self)`, which holds either way: joined
 * after the site-wide policy, it is the last `camera` key of the dictionary, and a Permissions-Policy
 * dictionary's last value for a key wins (RFC 8941 §4.2.2); as the only value, it allows the camera and
 * leaves the other features at the browser's default for that one page. If a host kept only the site-wide
 * value, the camera would stay off there: the reader then says so and offers typing the code.
 * Pages get the hosts' own default (max-age=0, must-revalidate: the same as no-cache).
 * @param {InlineHashes} [hashes]
 */
export function headersFile(hashes = {}) {
  const block = (/** @type {string} */ path, /** @type {[string, string][]} */ headers) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    `# ${GENERATED_BY} Written into the build by scripts/vite/prerender.ts.`,
    block('/*', securityHeaders(hashes).map(({ name, value }) => [name, value])),
    block('/assets/*', [['Cache-Control', CACHE_CONTROL.immutable]]),
    ...READER_PATHS.map((path) => block(path, [['Permissions-Policy', 'camera=(self)']])),
    ...REVALIDATED_FILES.map((file) => block(file, [['Cache-Control', CACHE_CONTROL.revalidate]])),
  ].join('\n')}\n`;
}
