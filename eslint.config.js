// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import { LAYERS } from './scripts/layers.mjs';

/** Imports no file under src/ may make (zod comes set up from src/lib); the instruments add their own. */
const SRC_RESTRICTED_PATHS = [
  { name: 'zod', message: "Import { z } from 'src/lib/zod'." },
  { name: 'zod/mini', message: "Import { z } from 'src/lib/zod'." },
];
/** Nothing a person enters is ever stored: globals no file under src/ may use. */
const SRC_RESTRICTED_GLOBALS = ['localStorage', 'sessionStorage', 'indexedDB'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // react-hook-form's handleSubmit returns a promise; passing it to onSubmit is the documented use.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The service worker is type-checked with the WebWorker library, in its own project.
    files: ['src/sw/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './src/sw/tsconfig.json', tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.serviceworker },
    },
  },
  {
    // Not tests/e2e: Playwright fixtures take a `use` callback that is not React's.
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Node scripts and configs.
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'tests/e2e/**/*.ts', 'tests/engines/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // zod comes set up (jitless, for the CSP) from src/lib.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: SRC_RESTRICTED_PATHS }],
    },
  },
  {
    // Nothing a person enters is ever stored: no web storage or cookies anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...SRC_RESTRICTED_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'The app never sets cookies.' },
        { object: 'window', property: 'localStorage', message: 'Answers stay in memory.' },
        { object: 'window', property: 'sessionStorage', message: 'Answers stay in memory.' },
      ],
    },
  },
  {
    // Instruments are pure data and scoring: no React, no DOM, no storage. In a flat config a later block's
    // rule replaces an earlier one's, so this block extends the src/** lists (SRC_RESTRICTED_PATHS,
    // SRC_RESTRICTED_GLOBALS) rather than overriding them (tests/unit/architecture/layers.test.ts checks it).
    files: ['src/instruments/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: SRC_RESTRICTED_PATHS, patterns: ['react', 'react-*', 'wouter', 'i18next', 'react-i18next'] }],
      'no-restricted-globals': ['error', ...SRC_RESTRICTED_GLOBALS, 'window', 'document', 'navigator', 'location'],
    },
  },
  {
    // Layers (scripts/layers.mjs, docs/architecture.md): lib, domain, visit, ui, features, app. An import
    // the layers do not allow fails the lint, with the rule's message naming both sides.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': LAYERS.elements,
      'boundaries/include': ['src/**/*'],
      'boundaries/ignore': LAYERS.ignored,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: LAYERS.policies }],
      'boundaries/no-unknown-files': 'error',
    },
  },
);
