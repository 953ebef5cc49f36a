import type { defaultNS, EnglishResources } from './resources';

// Typed keys: `t('start.title')` is checked against the English locale files at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: EnglishResources;
  }
}
