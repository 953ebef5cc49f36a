// The app's layers and which may import which: read by eslint.config.js (eslint-plugin-boundaries) and
// shown in docs/architecture.md. Lower layers never import higher ones; features import each other only
// where DEPENDENCIES below says so, each with its reason.

/** Folders (or files) of src and their element type. The first pattern that matches a file wins. */
const ELEMENTS = [
  // Entry points: the reading pages' enhancement and the service worker (src/main.tsx and
  // src/entry-server.tsx, single files, are entries too: see IGNORED). They sit on top.
  { type: 'entry', pattern: 'src/lite' },
  { type: 'entry', pattern: 'src/sw' },
  { type: 'app', pattern: 'src/app' },
  // Features: one folder each.
  ...['checkin', 'results', 'clinicians', 'learn', 'family', 'privacy', 'start', 'quick-exit', 'safety-plan'].map((name) => ({ type: name, pattern: `src/${name}` })),
  // The check-in session (answers, the flow, the check-in's address and title): below the features that
  // read it (the check-in, the results, the start page, Learn), above the shared parts.
  { type: 'session', pattern: 'src/session' },
  // Shared below the features.
  { type: 'ui', pattern: 'src/ui' },
  { type: 'visit', pattern: 'src/visit' },
  { type: 'instruments', pattern: 'src/instruments' },
  { type: 'regions', pattern: 'src/regions' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'locales', pattern: 'src/locales' },
  { type: 'styles', pattern: 'src/styles' },
  { type: 'lib', pattern: 'src/lib' },
];

const FEATURES = ['checkin', 'results', 'clinicians', 'learn', 'family', 'privacy', 'start', 'quick-exit', 'safety-plan'];
const DOMAIN = ['lib', 'regions', 'instruments', 'i18n', 'locales'];
const SHARED = [...DOMAIN, 'visit', 'ui', 'styles'];

/**
 * The features that may use another feature, and why (docs/architecture.md lists them). The check-in and
 * the results are siblings: both read the session (src/session), and the app switches between them.
 */
export const FEATURE_DEPENDENCIES = {
  results: { learn: 'the results link to the Learn page that fits them', 'safety-plan': 'the results offer a safety plan after PHQ-9 item 9 above 0' },
  checkin: { 'safety-plan': 'the crisis-support step offers a safety plan' },
};

/** Which element types each type may import (besides itself). */
const ALLOWED = {
  lib: [],
  regions: ['lib'],
  instruments: ['lib'],
  i18n: ['lib', 'locales'],
  locales: [],
  styles: [],
  visit: DOMAIN,
  ui: [...DOMAIN, 'visit', 'styles'],
  session: SHARED,
  ...Object.fromEntries(FEATURES.map((feature) => [feature, [...SHARED, 'session', ...Object.keys(FEATURE_DEPENDENCIES[feature] ?? {})]])),
  app: [...SHARED, 'session', ...FEATURES],
  entry: [...SHARED, 'session', ...FEATURES, 'app'],
};

/** The browser's and the prerenderer's entry files: on top of everything, so not checked against it. */
const IGNORED = ['src/main.tsx', 'src/entry-server.tsx'];

/** Pairs of element types that may import each other (none may: every import runs one way). */
export function mutualPairs(allowed = ALLOWED) {
  const pairs = [];
  for (const [from, to] of Object.entries(allowed)) {
    for (const other of to) if (other !== from && (allowed[other] ?? []).includes(from) && from < other) pairs.push([from, other]);
  }
  return pairs;
}

export const LAYERS = {
  elements: ELEMENTS,
  ignored: IGNORED,
  allowed: ALLOWED,
  policies: Object.entries(ALLOWED).map(([from, allow]) => ({
    from: { element: { type: from } },
    allow: [from, ...allow].map((type) => ({ to: { element: { type } } })),
  })),
};
