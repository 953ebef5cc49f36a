/**
 * Prerenders every page of every version (language × country, src/visit/versions.ts) to static HTML at build
 * time, so each page is right for its reader in the very first HTML, before any JavaScript runs and with
 * JavaScript off: in its own language (`<html lang>`), with its own country's help services, and with
 * `<link rel="alternate" hreflang>` to every other version. It runs in the client build's `writeBundle`,
 * before vite-plugin-pwa builds the service worker in `closeBundle`, so the pages can be precached too.
 *
 * How: a small SSR build of src/entry-server.tsx (react-dom/static's prerender, which waits for
 * code-split screens and their strings), then for each page the built index.html is filled in
 * (scripts/vite/template.ts: every placeholder must be found exactly once, or the build fails): the
 * rendered app in #root (marked with its path, so the browser hydrates only a page that matches), the
 * language, title, description, alternates and preloads for the page's own chunks and strings. Each version
 * also gets `shell.html` (the header, Leave and its crisis contacts) for paths with no page of their own.
 * Then `sitemap.xml` (every page of every version) and `robots.txt`.
 *
 * Absolute addresses (hreflang, canonical, sitemap) use SITE_URL, the address the site is served from.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { REGIONS } from '../../src/regions/index.ts';
import { checkPage } from './number-check.ts';
import { redirectsFile } from '../../deploy/hosts.mjs';
import { BUILD_HEADERS_DIR, cspPolicy, headersFile, nginxSecurityHeaders } from '../../deploy/headers.mjs';
import { escapeHtml as escape, fillMarkers, replaceOnce } from './template.ts';

interface Version {
  readonly lang: string;
  readonly region: string;
  readonly tag: string;
  readonly base: string;
}

interface ServerEntry {
  render: (path: string, options?: { shell?: boolean }) => Promise<{ html: string; title?: string; namespaces?: string[] }>;
  VERSIONS: readonly Version[];
  PAGE_ROUTES: readonly { path: string; module?: string; prerender: boolean; lite?: boolean; lighthouse?: boolean; headingKey: string }[];
  PRERENDERED: readonly { path: string; module?: string; eager?: boolean; lite?: boolean }[];
  SHELLS: readonly { path: string; module?: string }[];
  pathIn: (version: Version, path: string) => string;
  questionnaires: (site: string) => readonly { id?: string }[];
  REDIRECTS: readonly { from: string; to: string }[];
  renderNotFoundEverywhere: () => Promise<{ html: string; title: string; blocks: { version: Version; html: string }[] }>;
}

/** Where the site is served from, for absolute addresses. Set SITE_URL when building for production. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

/** The file a page is written to: "/" → index.html, "/es-mx/" → es-mx/index.html, "/learn/x" → learn/x.html. */
export function fileFor(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
}

function chunkFor(bundle: OutputBundle, module: string): OutputChunk | undefined {
  return Object.values(bundle).find(
    (item): item is OutputChunk => item.type === 'chunk' && Boolean(item.facadeModuleId?.endsWith(module)),
  );
}

/**
 * Modules' chunks with their static imports, and their styles: to preload, so hydration does not wait.
 * `stylesOnly`: just the styles (a reading page shows the screen's markup without its script).
 */
function preloads(bundle: OutputBundle, modules: readonly string[], alreadyInHtml: string, stylesOnly = false): string {
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (name: string) => {
    const item = bundle[name];
    if (!item || item.type !== 'chunk' || files.has(name)) return;
    files.add(name);
    item.viteMetadata?.importedCss.forEach((file) => css.add(file));
    item.imports.forEach(visit);
  };
  for (const module of modules) {
    const chunk = chunkFor(bundle, module);
    if (!chunk) throw new Error(`prerender: no chunk for ${module}`);
    visit(chunk.fileName);
  }
  return [
    ...[...css].filter((f) => !alreadyInHtml.includes(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
    ...(stylesOnly ? [] : [...files].filter((f) => !alreadyInHtml.includes(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)),
  ].join('\n    ');
}

function staticText(root: string, lang: string): { meta: { description: string }; noscript: { needsJs: string } } {
  return JSON.parse(readFileSync(join(root, 'src/locales', lang, 'static.json'), 'utf8')) as ReturnType<typeof staticText>;
}


/**
 * What a page's first paint waits for: nothing but its HTML. Its stylesheets (the site's and its screen's:
 * a few KB of gzip) are inlined into one `<style>`, allowed by its hash in the page's CSP (returned, for the
 * headers). Its scripts' preloads leave the head: they would compete with the first paint for a slow
 * link; the entry script (src/main.tsx) adds them after the first paint instead, from the list in
 * `data-preload` on #root, together with loading the app.
 */
/**
 * The inline loader of the entry script: once the page has painted (the browser's first-contentful-paint
 * entry, which comes when the frame is shown), or after 3 s where a browser reports no paint (a tab
 * opened in the background). Until the entry script takes over, a form sent on the page is held
 * (`__early`, taken by src/lib/early-submit.ts): the check-in's prerendered question sends it again
 * once the app is live; and a tap on a link keeps a clinic link's settings.
 */
export function entryLoader(src: string): string {
  if (!/^\/assets\/[\w.-]+\.js$/.test(src)) throw new Error(`prerender: unexpected entry script ${src}`);
  return (
    `(function(){var held=null;function hold(e){e.preventDefault();e.stopImmediatePropagation();held={form:e.target,submitter:e.submitter||null}}` +
    `addEventListener('submit',hold,true);window.__early={take:function(){removeEventListener('submit',hold,true);var h=held;held=null;return h}};` +
    // A clinic's link keeps its settings in the query: a tap on a link to this site carries it along (as
    // src/visit/carry-link-settings.ts does once the entry script runs).
    `var q=location.search;if(q)addEventListener('click',function(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;var a=e.target&&e.target.closest?e.target.closest('a[href]'):null;if(!a||a.target||a.hasAttribute('download'))return;var u=new URL(a.href);if(u.origin!==location.origin||u.search||u.hash)return;a.href=u.pathname+q});` +
    `var done=false;function load(){if(done)return;done=true;var s=document.createElement('script');s.type='module';s.src='${src}';document.head.appendChild(s)}` +
    `try{new PerformanceObserver(function(list,observer){observer.disconnect();setTimeout(load)}).observe({type:'paint',buffered:true})}catch(e){}setTimeout(load,3000)})()`
  );
}

export function paintFirst(html: string, readAsset: (path: string) => string): { html: string; styleHash: string | null; scriptHash: string | null } {
  let out = html;
  const sheets = [...out.matchAll(/\n?\s*<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/g)];
  let styleHash: string | null = null;
  if (sheets.length > 0) {
    const css = sheets.map((match) => readAsset(match[1]!).trim()).join('\n');
    if (css.includes('</style')) throw new Error('prerender: a stylesheet contains "</style"');
    styleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    const [first, ...rest] = sheets;
    for (const match of rest) out = replaceOnce(out, match[0], '', 'stylesheet link');
    out = replaceOnce(out, first![0], `\n    <style>${css}</style>`, 'first stylesheet link');
  }
  const preloads = [...out.matchAll(/\n?\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  for (const match of preloads) out = replaceOnce(out, match[0], '', 'module preload');
  if (preloads.length > 0) {
    out = replaceOnce(out, '<div id="root"', `<div id="root" data-preload="${escape(preloads.map((match) => match[1]).join(' '))}"`, 'root element (preloads)');
  }
  // The entry script is asked for only once the page has painted (a few lines inline, allowed by their
  // hash): on a slow link nothing competes with the HTML for the first paint. Until it runs, every control
  // on the page is a plain link (Leave included) and the check-in's form sends nothing (method="dialog").
  // The web app manifest (for installing the site) is not needed for the first paint either: the entry
  // script adds its link (src/main.tsx).
  out = out.replace(/\n?\s*<link rel="manifest" href="\/manifest\.webmanifest">/, '');
  let scriptHash: string | null = null;
  const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(out);
  if (entry) {
    const loader = entryLoader(entry[1]!);
    scriptHash = `sha256-${createHash('sha256').update(loader).digest('base64')}`;
    out = replaceOnce(out, entry[0], `<script>${loader}</script>`, 'entry script');
  }
  out = replaceOnce(
    out,
    /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    `<meta http-equiv="Content-Security-Policy" content="${escape(cspPolicy({ styleHashes: styleHash ? [styleHash] : [], scriptHashes: scriptHash ? [scriptHash] : [] }))}">`,
    'meta CSP',
  );
  return { html: out, styleHash, scriptHash };
}

export function prerender(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'app-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    async writeBundle(_options, bundle) {
      const ssrDir = join(root, 'node_modules/.prerender');
      rmSync(ssrDir, { recursive: true, force: true });
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [react()],
        build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, minify: false },
      });
      const entry = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
      const { VERSIONS, PAGE_ROUTES, PRERENDERED, SHELLS, REDIRECTS, pathIn } = entry;
      const site = siteUrl();
      if (!process.env.SITE_URL) this.warn(`SITE_URL is not set: hreflang, canonical and sitemap addresses use ${site}`);

      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const defaultVersion = VERSIONS[0]!;
      const sitemap: string[] = [];

      const page = (
        version: Version,
        fills: { path: string | null; html: string; title?: string; head: string; modules: readonly string[]; lite?: boolean; namespaces?: readonly string[] },
      ) => {
        const text = staticText(root, version.lang);
        // A page that starts the app preloads it, its screen, and its language's shell strings; a reading
        // page (lite) needs none of them.
        // Each instrument's strings join the shell (its start-page line), so they come with it (English's
        // too, the fallback every language's shell loads).
        const englishInstrumentChunks = readdirSync(join(root, 'src/locales/en/instruments')).map((file) => `src/locales/en/instruments/${file}`);
        const instrumentChunks = readdirSync(join(root, 'src/locales', version.lang, 'instruments')).map((file) => `src/locales/${version.lang}/instruments/${file}`);
        const languageChunks = [...(version.lang === 'en' ? [] : [`src/locales/${version.lang}/common.json`, `src/locales/${version.lang}/resources.json`]), ...instrumentChunks, ...(version.lang === 'en' ? [] : englishInstrumentChunks)];
        const head = [
          fills.head,
          // A reading page lists the app's chunks too, for when a link's settings start the app there (they
          // are only fetched then: src/main.tsx).
          fills.lite
            ? [preloads(bundle, fills.modules, template, true), preloads(bundle, ['src/app/boot.tsx', ...languageChunks], template).split('\n    ').filter((link) => link.includes('modulepreload')).join('\n    ')].filter(Boolean).join('\n    ')
            : preloads(bundle, ['src/app/boot.tsx', ...languageChunks, ...fills.modules], template),
        ]
          .filter(Boolean)
          .join('\n    ');
        let out = replaceOnce(template, /<html lang="[^"]*" dir="ltr">/, `<html lang="${version.tag}" dir="ltr">`, '<html lang dir> tag');
        out = replaceOnce(out, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escape(text.meta.description)}" />`, 'meta description');
        out = replaceOnce(out, /<title>[^<]*<\/title>/, `<title>${escape(fills.title ?? 'Mood & Opioids Check-in')}</title>`, '<title>');
        out = replaceOnce(
          out,
          '<div id="root"></div>',
          fills.path === null
            ? `<div id="root">${fills.html}</div>`
            : `<div id="root" data-prerendered="${escape(fills.path)}"${fills.lite ? ' data-lite=""' : ` data-namespaces="${escape((fills.namespaces ?? []).join(' '))}"`}>${fills.html}</div>`,
          'root element',
        );
        out = fillMarkers(out, {
          head,
          noscript: `<noscript><p class="noscript width-container"><strong>${escape(text.noscript.needsJs)}</strong></p></noscript>`,
        });
        // Styles and the entry script first, preloads last: on a slow link the first paint waits for
        // the stylesheets only, not for scripts queued ahead of them.
        const preloadLinks = out.match(/\n\s*<link rel="modulepreload"[^>]*>/g) ?? [];
        for (const link of preloadLinks) out = replaceOnce(out, link, '', 'module preload');
        return replaceOnce(out, '</head>', `${preloadLinks.join('')}\n  </head>`, '</head>');
      };

      // Every page is checked as it is written: its own country's numbers, and no other's.
      const problems: string[] = [];
      let checked = 0;
      const check = (version: Version, file: string, html: string) => {
        const region = REGIONS.find((r) => r.id === version.region);
        if (!region) throw new Error(`prerender: no region ${version.region}`);
        const found = checkPage(html, region, REGIONS);
        checked++;
        if (found.foreign.length) problems.push(`${file} (${version.tag}): another country's number or service: ${found.foreign.join(', ')}`);
        if (found.missing.length) problems.push(`${file} (${version.tag}): missing ${found.missing.join(', ')}`);
        if (found.placeholders.length) problems.push(`${file} (${version.tag}): unfilled ${found.placeholders.join(', ')}`);
      };

      const write = (path: string, html: string) => {
        const file = join(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      };
      // Every page's inlined CSS and entry loader, by hash: the headers allow exactly these.
      const styleHashes = new Set<string>();
      const scriptHashes = new Set<string>();
      const stylesheets = new Map<string, string>();
      const readAsset = (path: string) => {
        if (!stylesheets.has(path)) stylesheets.set(path, readFileSync(join(outDir, path), 'utf8'));
        return stylesheets.get(path)!;
      };
      const inlineBytes = new Map<string, number>();
      const writePage = (path: string, html: string) => {
        const done = paintFirst(html, readAsset);
        if (done.scriptHash) scriptHashes.add(done.scriptHash);
        if (done.styleHash) {
          styleHashes.add(done.styleHash);
          inlineBytes.set(path, (done.html.match(/<style>[\s\S]*?<\/style>/)?.[0].length ?? 0));
        }
        write(path, done.html);
      };

      for (const version of VERSIONS) {
        for (const route of PRERENDERED) {
          const path = pathIn(version, route.path);
          const { html, title, namespaces } = await entry.render(path);
          const alternates = [
            `<link rel="canonical" href="${site}${path}">`,
            ...VERSIONS.map((v) => `<link rel="alternate" hreflang="${v.tag}" href="${site}${pathIn(v, route.path)}">`),
            `<link rel="alternate" hreflang="x-default" href="${site}${pathIn(defaultVersion, route.path)}">`,
          ];
          const out = page(version, { path, html, title, head: alternates.join('\n    '), modules: route.module && !route.eager ? [route.module] : [], lite: route.lite, namespaces });
          check(version, fileFor(path), out);
          writePage(fileFor(path), out);
          sitemap.push(`${site}${path}`);
        }
        // The check-in, and the shell for every other path of this version: the header, Leave and the
        // crisis contacts at once (so no page is ever blank, even if a script fails); the app renders the
        // rest in the browser.
        for (const route of [...SHELLS, { path: '/shell' }]) {
          const path = pathIn(version, route.path);
          const { html, title } = await entry.render(path, { shell: true });
          const shell = page(version, { path: null, html, title, head: '', modules: 'module' in route && route.module ? [route.module] : [] });
          check(version, fileFor(path), shell);
          writePage(fileFor(path), shell);
          // Where a host serves the nearest 404.html (Cloudflare Pages), a missing address in a version gets
          // that version's shell, with status 404: its own country's help, and the app's not-found page.
          if (route.path === '/shell' && version.base) writePage(`${version.base.slice(1)}/404.html`, shell);
        }
      }
      // The site's own 404.html, for hosts with one 404 page for every address (GitHub Pages, S3, and the
      // default version elsewhere): no app, each version's crisis contacts under its country's name.
      {
        const { html, title, blocks } = await entry.renderNotFoundEverywhere();
        for (const block of blocks) check(block.version, `404.html (${block.version.tag})`, block.html);
        let out = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escape(`${title} – Mood & Opioids Check-in`)}</title>`, '<title>');
        out = replaceOnce(out, '<div id="root"></div>', `<div id="root">${html}</div>`, 'root element');
        // No script: nothing here depends on knowing the reader's country.
        out = out.replace(/\s*<script type="module"[^>]*><\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
        writePage('404.html', fillMarkers(out, { head: '', noscript: '' }));
      }
      // The headers, with the hashes of the CSS just inlined (deploy/headers.mjs is their one source): for
      // Netlify and Cloudflare Pages (`_headers`), and for nginx (`npm run serve` includes these files).
      const hashes = { styleHashes: [...styleHashes].sort(), scriptHashes: [...scriptHashes].sort() };
      write('_headers', headersFile(hashes));
      write(`${BUILD_HEADERS_DIR}/security-headers.conf`, nginxSecurityHeaders(false, hashes));
      write(`${BUILD_HEADERS_DIR}/reader-headers.conf`, nginxSecurityHeaders(true, hashes));
      write(`${BUILD_HEADERS_DIR}/hashes.json`, `${JSON.stringify(hashes, null, 2)}\n`);
      const sizes = [...inlineBytes.values()];
      console.log(`inlined CSS: ${hashes.styleHashes.length} distinct blocks in ${sizes.length} pages (${Math.min(...sizes)}–${Math.max(...sizes)} B each, before compression); inline entry loader: ${hashes.scriptHashes.length} hash`);
      write('_redirects', redirectsFile({ versions: VERSIONS, redirects: REDIRECTS }));
      // Printed on every build (the regional-versions issue asks for this output).
      console.log(`\nnumber check: ${checked} pages in ${VERSIONS.length} versions; ${problems.length} problems`);
      if (problems.length) throw new Error(`Pages show numbers that do not work for their readers:\n  ${problems.join('\n  ')}`);

      write(
        'sitemap.xml',
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemap
          .map((loc) => `  <url><loc>${escape(loc)}</loc></url>`)
          .join('\n')}\n</urlset>\n`,
      );
      write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${site}/sitemap.xml\n`);
      // The route list (src/app/routes.ts) for scripts that cannot import TypeScript: the bench.
      write(
        'routes.json',
        `${JSON.stringify({ versions: VERSIONS.map(({ tag, base }) => ({ tag, base })), routes: PAGE_ROUTES }, null, 2)}\n`,
      );
      // The FHIR Questionnaires the results' export refers to, for SDC-aware systems (LHC-Forms) to render.
      for (const questionnaire of entry.questionnaires(site)) {
        write(`fhir/Questionnaire/${questionnaire.id}.json`, `${JSON.stringify(questionnaire, null, 2)}\n`);
      }
      rmSync(ssrDir, { recursive: true, force: true });
    },
  };
}

/**
 * `vite preview` serves the built app like the static host it stands for: a prerendered page for its path
 * (`/learn/x` → learn/x.html, `/es-mx/` → es-mx/index.html), and the version's shell for every other page
 * path. (A plugin of its own: build-only plugins are not loaded by `vite preview`.)
 */
export function previewShell(): Plugin {
  let outDir = 'dist';
  return {
    name: 'app-preview-shell',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0] ?? '/';
        const accept = req.headers.accept ?? '';
        if (!accept.includes('text/html') || /\.[a-z0-9]+$/i.test(url)) return next();
        const candidates = [join(outDir, fileFor(url)), join(outDir, fileFor(`${url.replace(/\/$/, '')}/`))];
        const prefix = /^\/([a-z]{2}-[a-z]{2})(\/|$)/.exec(url)?.[1];
        const shell = prefix && existsSync(join(outDir, prefix, 'shell.html')) ? join(outDir, prefix, 'shell.html') : join(outDir, 'shell.html');
        const target = candidates.find((file) => existsSync(file)) ?? shell;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(target));
      });
    },
  };
}
