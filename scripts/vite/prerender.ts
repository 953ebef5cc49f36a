/**
 * Prerenders every content route to static HTML at build time, so each page can be read before any
 * JavaScript runs (and with JavaScript off), then hydrated. It runs in the client build's `writeBundle`,
 * before vite-plugin-pwa generates the service worker in `closeBundle`, so the pages are precached too.
 *
 * How: a small SSR build of src/entry-server.tsx (react-dom/static's prerender, which waits for code-split
 * screens and their strings), then for each route the built index.html is filled in: the rendered app in
 * #root (marked with its path, so the browser hydrates only a page that matches), the page's title, and
 * preloads for the route's own chunks and styles. `shell.html` (no page content; a "needs JavaScript"
 * message in <noscript>) answers every other path, such as a check-in step.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import common from '../../src/locales/en/common.json' with { type: 'json' };
import text from '../../src/locales/en/static.json' with { type: 'json' };
import { crisisContactsHtml, escapeHtml as escape } from './noscript.ts';

interface PrerenderRoute {
  readonly path: string;
  /** The code-split screen the route shows (its chunk and styles are preloaded). */
  readonly module?: string;
}

const LEARN = ['opioids-and-the-brain', 'what-is-depression', 'opioids-and-mood', 'what-research-shows', 'treatment-and-safety', 'getting-help'];

export const PRERENDER_ROUTES: readonly PrerenderRoute[] = [
  { path: '/' },
  { path: '/privacy', module: 'src/privacy/privacy-page.tsx' },
  { path: '/learn', module: 'src/learn/learn-index-page.tsx' },
  ...LEARN.map((slug) => ({ path: `/learn/${slug}`, module: 'src/learn/learn-article-page.tsx' })),
  { path: '/clinicians', module: 'src/clinicians/clinicians-page.tsx' },
  // Answers never survive a page load, so a direct visit to the results always shows the same
  // "no answers yet" page: prerendered like the rest.
  { path: '/check-in/results', module: 'src/results/results-page.tsx' },
  { path: '/family', module: 'src/family/family-page.tsx' },
];


function fileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

function chunkFor(bundle: OutputBundle, module: string): OutputChunk | undefined {
  return Object.values(bundle).find(
    (item): item is OutputChunk => item.type === 'chunk' && Boolean(item.facadeModuleId?.endsWith(module)),
  );
}

/** A route's own chunk with its static imports, and their styles: to preload, so hydration does not wait. */
function preloads(bundle: OutputBundle, module: string | undefined, alreadyInHtml: string): string {
  if (!module) return '';
  const chunk = chunkFor(bundle, module);
  if (!chunk) return '';
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (name: string) => {
    const item = bundle[name];
    if (!item || item.type !== 'chunk' || files.has(name)) return;
    files.add(name);
    item.viteMetadata?.importedCss.forEach((file) => css.add(file));
    item.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [
    ...[...css].filter((f) => !alreadyInHtml.includes(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
    ...[...files].filter((f) => !alreadyInHtml.includes(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
  ].join('\n    ');
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
      const { render } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as {
        render: (path: string) => Promise<{ html: string; title?: string }>;
      };

      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      for (const route of PRERENDER_ROUTES) {
        const { html, title } = await render(route.path);
        let page = template
          .replace('<div id="root"></div>', () => `<div id="root" data-prerendered="${escape(route.path)}">${html}</div>`)
          .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(title ?? common.appName)}</title>`);
        const extra = preloads(bundle, route.module, page);
        if (extra) page = page.replace('</head>', () => `  ${extra}\n  </head>`);
        const file = join(outDir, fileFor(route.path));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, page);
      }
      // The shell for every other path (check-in steps, unknown pages): the app renders it in the browser.
      const shell = template.replace(
        '<div id="root"></div>',
        () =>
          `<div id="root"></div><noscript><main class="width-container main"><h1 class="heading-xl">${escape(text.noscript.title)}</h1>${crisisContactsHtml()}<p><a href="/">${escape(text.noscript.home)}</a></p></main></noscript>`,
      );
      writeFileSync(join(outDir, 'shell.html'), shell);
      rmSync(ssrDir, { recursive: true, force: true });
    },
  };
}

/**
 * `vite preview` serves the built app like the static host it stands for: a prerendered page for its path
 * (`/learn/x` → learn/x.html), and the shell for every other page path. (A plugin of its own: build-only
 * plugins are not loaded by `vite preview`.)
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
        const file = join(outDir, url === '/' ? 'index.html' : `${url.replace(/\/$/, '')}.html`);
        const target = existsSync(file) ? file : join(outDir, 'shell.html');
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(target));
      });
    },
  };
}
