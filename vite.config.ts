/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { noscriptContent } from './scripts/vite/noscript.ts';
import { prerender, previewShell } from './scripts/vite/prerender.ts';

/**
 * The Content-Security-Policy is added to the built index.html only: Vite's dev server and React
 * Fast Refresh need inline scripts, which this policy (rightly) forbids in production.
 * `style-src 'self'` also forbids inline style attributes, so components never use `style={}`.
 */
const CSP = [
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
].join('; ');

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
    noscriptContent(),
    contentSecurityPolicy(),
    prerender(),
    previewShell(),
    VitePWA({
      // A new version waits until every tab of the old one is closed, then takes over on the next visit:
      // never a reload in the middle of a check-in (answers live only in the tab's memory).
      registerType: 'prompt',
      // Registered by src/main.tsx (two lines there, rather than one more file and request per page).
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
      workbox: {
        // Everything, both languages and every prerendered page: the whole app works offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        // Any other page (a check-in step) is the shell, rendered in the browser.
        navigateFallback: '/shell.html',
        // Prerendered pages are files like /learn/opioids-and-mood.html, asked for without ".html"
        // (Workbox's cleanURLs, on by default). A link's settings (?lang=, ?parts=…) are read by the app,
        // so any query still finds the precached page.
        ignoreURLParametersMatching: [/.*/],
        // No runtime caching: nothing outside this origin is ever fetched.
        runtimeCaching: [],
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
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
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
  },
});
