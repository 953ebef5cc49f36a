/**
 * The app's pages, within a version (src/visit/versions.ts adds the prefix: "/learn" is "/es-mx/learn" in
 * es-MX): the one list of routes. Plain data, no React. It feeds:
 * - the App's router (src/app/app.tsx: one <Route> per entry, the page module loaded when first needed);
 * - prerendering (scripts/vite/prerender.ts: every `prerender` page of every version, every other page
 *   as a copy of the version's shell), which also writes it to dist/routes.json;
 * - the bench (scripts/bench.mjs reads dist/routes.json: bytes for every page, Lighthouse for `lighthouse`);
 * - the browser tests (tests/e2e import PAGE_ROUTES).
 */
import { LEARN_SLUGS } from '../learn/slugs';

export interface RouteEntry {
  /** The path within a version; `:name` is a parameter, given to the page as a prop of that name. */
  readonly path: string;
  /** The page module (default export), code-split and preloaded by the pages that show it. */
  readonly module: string;
  /**
   * In the app's own chunk, not split off: the start page, so that a clinic's link (which starts the app
   * there) is ready before the first tap on "Start the check-in".
   */
  readonly eager?: boolean;
  /** For a path with parameters: the values that have pages (prerendered, measured, tested). */
  readonly params?: readonly Readonly<Record<string, string>>[];
  /** Prerendered to HTML at build time, for every version. */
  readonly prerender: boolean;
  /**
   * Only reading: the page runs without the React app (src/lite/enhance.ts adds Leave, Shift ×3 and the
   * country notice), so it is light and interactive at once. A link with settings in its query still
   * starts the app.
   */
  readonly lite?: boolean;
  /**
   * Measured with Lighthouse in the bench's budget (for a path with parameters: for these values): one page
   * of each kind (the start page, a Learn page, the check-in; the bench adds a clinic's link).
   */
  readonly lighthouse?: boolean | Readonly<Record<string, string>>;
  /** The `namespace:key` of the page's main heading (the browser tests look for it). */
  readonly headingKey: string;
}

export const ROUTES: readonly RouteEntry[] = [
  { path: '/', module: 'src/start/start-page.tsx', eager: true, prerender: true, lite: true, lighthouse: true, headingKey: 'common:start.title' },
  { path: '/privacy', module: 'src/privacy/privacy-page.tsx', prerender: true, headingKey: 'privacy:title' },
  { path: '/staying-private', module: 'src/privacy/staying-private-page.tsx', prerender: true, headingKey: 'privacy:staying.title' },
  { path: '/learn', module: 'src/learn/learn-index-page.tsx', prerender: true, lite: true, headingKey: 'learn:title' },
  {
    path: '/learn/:slug',
    module: 'src/learn/learn-article-page.tsx',
    params: LEARN_SLUGS.map((slug) => ({ slug })),
    prerender: true,
    lite: true,
    lighthouse: { slug: 'opioids-and-mood' },
    headingKey: 'learn/:slug:title',
  },
  { path: '/clinicians', module: 'src/clinicians/clinicians-page.tsx', prerender: true, headingKey: 'clinicians:title' },
  // The flyer is made from its link's settings (a query), in the browser.
  { path: '/clinicians/flyer', module: 'src/clinicians/flyer-page.tsx', prerender: false, headingKey: 'clinicians:flyer.title' },
  { path: '/family', module: 'src/family/family-page.tsx', prerender: true, headingKey: 'family/guide:title' },
  // A safety plan to fill in, print or save (linked from Getting help and the family guide; inside the
  // check-in it opens in place). A neutral address: it stays in the browser's history.
  { path: '/plan', module: 'src/safety-plan/plan-page.tsx', prerender: true, headingKey: 'plan:title' },
  // The whole check-in lives here. Its HTML is its first question, prerendered (it paints before any
  // script; an answer and a tap on Next before the app loads are kept: src/lib/early-submit.ts), with the
  // crisis contacts; without JavaScript, a note that it needs it instead of the question (the heading
  // named here is that note's).
  { path: '/check-in', module: 'src/app/check-in-page.tsx', prerender: true, lighthouse: true, headingKey: 'common:shell.title' },
  // The clinician's code reader: reads the code on a person's results (camera or typed) and shows the
  // read-only summary from this page's memory only. The one page the camera is allowed on (deploy/).
  { path: '/scan', module: 'src/results/reader-page.tsx', prerender: false, headingKey: 'results:reader.title' },
  // The reader's old address (`/summary#<code>`): it says where the reader is, and reads nothing.
  { path: '/summary', module: 'src/results/clinician-summary-page.tsx', prerender: false, headingKey: 'results:share.view.movedTitle' },
];

/** Old addresses that lead elsewhere (the check-in's steps had addresses of their own before issue 11). */
export const REDIRECTS: readonly { readonly from: string; readonly to: string }[] = [{ from: '/check-in/*', to: '/check-in' }];

/** One page of the app: a route with its parameters filled in. */
export interface PageRoute extends Omit<RouteEntry, 'params' | 'lighthouse'> {
  readonly params?: Readonly<Record<string, string>>;
  readonly lighthouse?: boolean;
}

/** Every page, with parameters filled in ("/learn/getting-help"); the heading key too ("learn/getting-help:title"). */
export const PAGE_ROUTES: readonly PageRoute[] = ROUTES.flatMap((route): PageRoute[] => {
  const { params, lighthouse, ...rest } = route;
  if (!params) return [{ ...rest, lighthouse: lighthouse === true }];
  return params.map((values) => {
    const fill = (text: string) => Object.entries(values).reduce((out, [name, value]) => out.replaceAll(`:${name}`, value), text);
    const measured = typeof lighthouse === 'object' ? Object.entries(lighthouse).every(([name, value]) => values[name] === value) : lighthouse === true;
    return { ...rest, path: fill(route.path), headingKey: fill(route.headingKey), params: values, lighthouse: measured };
  });
});

export const PRERENDERED: readonly PageRoute[] = PAGE_ROUTES.filter((route) => route.prerender);
/**
 * Pages with no prerendered content (the check-in, the flyer, the code reader, the old summary address),
 * written as a copy of their version's shell at their own address: any static host serves each by name,
 * with no rewrite rule (Netlify, Cloudflare Pages, GitHub Pages, S3; deploy/README.md).
 */
export const SHELLS: readonly PageRoute[] = PAGE_ROUTES.filter((route) => !route.prerender && !route.path.includes(':'));
