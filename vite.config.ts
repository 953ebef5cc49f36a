/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerender, previewShell } from './scripts/vite/prerender.ts';
import { compress } from './scripts/vite/compress.ts';
import { META_CSP as CSP } from './deploy/headers.mjs';

/**
 * The Content-Security-Policy is added to the built index.html only: Vite's dev server and React
 * Fast Refresh need inline scripts, which this policy (rightly) forbids in production.
 * `style-src 'self'` also forbids inline style attributes, so components never use `style={}`.
 * The policy lives in deploy/headers.mjs, with the headers nginx and static hosts send (the header's
 * policy is this one plus frame-ancestors, which a meta tag cannot carry).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerender(),
    previewShell(),
    VitePWA({
      // Our own service worker (src/sw/sw.ts): it precaches the assets, caches the pages of the versions the
      // reader uses, and serves pages network-first so corrected numbers arrive on the next load.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // A new version never reloads a check-in in progress (answers live only in the tab's memory).
      registerType: 'prompt',
      // Registered by src/main.tsx (src/lib/service-worker.ts).
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Mood & Opioids Check-in',
        short_name: 'Check-in',
        description: 'A private check-in on mood and opioid use, with sourced explanations and where to get help.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d62',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // Every script, style, string chunk and icon, and every version's pages: the service worker precaches
        // the assets and shells, and caches a version's pages when the reader uses it (src/sw/sw.ts).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // sw.js itself is never precached.
        globIgnores: ['sw.js'],
        buildPlugins: { vite: [] },
      },
    }),
    compress(),
  ],
  build: {
    target: 'es2022',
    // No inline data: URIs for assets, so everything stays within `default-src 'self'`.
    assetsInlineLimit: 0,
    // Every browser that runs this ES2022 build preloads modules itself (where one does not, preloading
    // is only skipped), so Vite's polyfill is dead weight on the start page.
    modulePreload: { polyfill: false },
  },
  test: {
    // Every core: Vitest's default leaves one for itself, which on 2 cores is one worker (89 s here, 61 s
    // with two).
    maxWorkers: '100%',
    // Unit and property tests run in Node (the pure core has no DOM); the component tests, which render
    // the whole app, in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure modules and scripts: no test mocks a module or leaves a global changed, so the files share
          // their workers' module cache instead of loading the app's modules again for each (53 s for the
          // whole Vitest run here, against 61–86 s isolated).
          isolate: false,
          setupFiles: ['./tests/setup-unit.ts'],
          include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'],
          // Property tests are sized by their number of runs (10,000 fragments, 1,000 walks × 5 countries):
          // 1–4 s alone on 2 cores, up to 10 s with a second suite beside them (a fresh-clone run timed out
          // at Vitest's default 5 s). 30 s is a budget for that work, not a wait.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          setupFiles: ['./tests/setup-unit.ts', './tests/setup.ts'],
          include: ['tests/component/**/*.test.{ts,tsx}'],
          // A component test walks the whole check-in (30-odd screens) through the app in jsdom: 1–3 s alone
          // here, over 20 s with a second suite beside it; 45 s leaves room for a loaded machine.
          testTimeout: 45_000,
        },
      },
    ],
  },
});
