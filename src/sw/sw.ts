/**
 * The service worker: the app works offline after one visit, and a corrected phone number reaches readers
 * who are online on their very next page load.
 *
 * - Precache (at install): every script, style, string chunk and icon, and every version's shell (a few KB
 *   each: the header, Leave and the crisis contacts, in which the app renders any screen). These are the
 *   same whatever the reader's version.
 * - Pages of a version (prerendered HTML), cached for the versions the reader uses: at install, those of the
 *   open windows; later, a version's pages the first time one of its pages is loaded. Pages of versions
 *   nobody here reads are never downloaded.
 * - Page loads (navigations): network first, so an online reader always gets the current page and its
 *   current numbers; after 3 s without an answer, or offline, the cached page of that address, else its
 *   version's shell.
 * - Everything else from this origin: from the precache (hashed file names, so never stale).
 * Nothing outside this origin is ever fetched.
 */
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { DEFAULT_VERSION, versionFromPath } from '../visit/versions';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const NETWORK_TIMEOUT_MS = 3000;

const urlOf = (entry: PrecacheEntry | string) => `/${(typeof entry === 'string' ? entry : entry.url).replace(/^\//, '')}`;
const revisionOf = (entry: PrecacheEntry | string) => (typeof entry === 'string' ? entry : `${entry.url}@${entry.revision ?? ''}`);
const isPage = (url: string) => url.endsWith('.html') && !url.endsWith('/shell.html');

const manifest = self.__WB_MANIFEST;
const pages = manifest.filter((entry) => isPage(urlOf(entry)));
precache(manifest.filter((entry) => !isPage(urlOf(entry))));
cleanupOutdatedCaches();

/** One cache of pages per build: a new build's pages are cached afresh, and the old ones deleted. */
const PAGES_CACHE = `pages-${hash(pages.map(revisionOf).join('|'))}`;

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** Caches the prerendered pages of the version at this base ("" or "/es-mx"), once per build. */
async function cacheVersion(base: string): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  const own = pages.map(urlOf).filter((url) => versionFromPath(url).version.base === base);
  await Promise.all(
    own.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok) await cache.put(url, response);
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const bases = new Set(windows.map((client) => versionFromPath(new URL(client.url).pathname).version.base));
      if (bases.size === 0) bases.add(DEFAULT_VERSION.base);
      await Promise.all([...bases].map(cacheVersion));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('pages-') && name !== PAGES_CACHE) await caches.delete(name);
    })(),
  );
});

/** The file a page's address is served from ("/es-mx/" → /es-mx/index.html, "/learn/x" → /learn/x.html). */
function fileFor(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}.html`;
}

async function fromNetwork(request: Request): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('network timeout')), NETWORK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([fetch(request), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

registerRoute(
  new NavigationRoute(async ({ request, url, event }) => {
    const { version } = versionFromPath(url.pathname);
    try {
      const response = await fromNetwork(request);
      // This version's pages, for next time offline (once per build).
      (event as ExtendableEvent | undefined)?.waitUntil(cacheVersion(version.base).catch(() => undefined));
      return response;
    } catch {
      const cache = await caches.open(PAGES_CACHE);
      const cached =
        (await cache.match(fileFor(url.pathname))) ??
        (await cache.match(`${url.pathname.replace(/\/$/, '')}/index.html`)) ??
        (await matchPrecache(`${version.base}/shell.html`)) ??
        (await matchPrecache('/shell.html'));
      return cached ?? Response.error();
    }
  }),
);

// Scripts, styles, strings and icons: cache first (their names carry a hash of their content).
addRoute({ ignoreURLParametersMatching: [/.*/] });

// A page with nothing to lose (no answers) takes a new version at once; a check-in in progress, when the
// person chooses (src/lib/service-worker.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
