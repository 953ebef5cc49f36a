/**
 * The app's pages, within a version (src/lib/versions.ts adds the prefix: "/learn" is "/es-mx/learn" in
 * es-MX). Plain data, no React: the build prerenders every `prerender` page for every version from this
 * list, and writes the whole list (with the versions) to dist/routes.json for the bench.
 */
import { LEARN_SLUGS } from '../learn/slugs';

export interface PageRoute {
  /** The path within a version. */
  readonly path: string;
  /** The code-split page module it shows (its chunk and styles are preloaded), if not in the entry. */
  readonly module?: string;
  /** Prerendered to HTML at build time, for every version. */
  readonly prerender: boolean;
  /**
   * Only reading: the page runs without the React app (src/lite/enhance.ts adds Leave, Shift ×3 and the
   * country notice), so it is light and interactive at once. A link with settings in its query still
   * starts the app.
   */
  readonly lite?: boolean;
  /** Served as the version's shell, rendered in the browser (the check-in: nothing to show without the app). */
  readonly shell?: boolean;
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/', prerender: true, lite: true },
  { path: '/privacy', module: 'src/privacy/privacy-page.tsx', prerender: true },
  { path: '/staying-private', module: 'src/privacy/staying-private-page.tsx', prerender: true },
  { path: '/learn', module: 'src/learn/learn-index-page.tsx', prerender: true, lite: true },
  ...LEARN_SLUGS.map((slug) => ({ path: `/learn/${slug}`, module: 'src/learn/learn-article-page.tsx', prerender: true, lite: true })),
  { path: '/clinicians', module: 'src/clinicians/clinicians-page.tsx', prerender: true },
  // The flyer is made from its link's settings (a query), in the browser.
  { path: '/clinicians/flyer', module: 'src/clinicians/flyer-page.tsx', prerender: false },
  { path: '/family', module: 'src/family/family-page.tsx', prerender: true },
  // The whole check-in lives here. Its HTML is the version's shell (the header, Leave and the crisis
  // contacts; without JavaScript, a note that it needs it), which the app replaces with the first question.
  { path: '/check-in', module: 'src/checkin/checkin-page.tsx', prerender: false, shell: true },
];

export const PRERENDERED: readonly PageRoute[] = PAGE_ROUTES.filter((route) => route.prerender);
/** Pages written as a copy of their version's shell (so any static host serves them by name). */
export const SHELLS: readonly PageRoute[] = PAGE_ROUTES.filter((route) => route.shell);
