import type checkin from '../locales/en/checkin.json';
import type clinicians from '../locales/en/clinicians.json';
import type common from '../locales/en/common.json';
import type family from '../locales/en/family.json';
import type gad7 from '../locales/en/instruments/gad7.json';
import type phq9 from '../locales/en/instruments/phq9.json';
import type taps from '../locales/en/instruments/taps.json';
import type learn from '../locales/en/learn.json';
import type plan from '../locales/en/plan.json';
import type privacy from '../locales/en/privacy.json';
import type resources from '../locales/en/resources.json';
import type results from '../locales/en/results.json';
import type services from '../locales/en/services.json';

/**
 * English is the source language: its files define the keys every other language must have. A namespace
 * is its own file and each instrument's section of it (`instruments/<id>.json`); an instrument whose keys
 * are only ever looked up through its registration (strings, not typed keys) need not be listed here.
 * Types only: which namespaces are bundled and which load on demand is decided in i18n.ts.
 */
export interface EnglishResources {
  common: typeof common & typeof gad7.common;
  resources: typeof resources;
  checkin: typeof checkin & typeof gad7.checkin;
  results: typeof results & typeof gad7.results;
  instruments: typeof phq9.instruments & typeof taps.instruments & typeof gad7.instruments;
  learn: typeof learn;
  clinicians: typeof clinicians & typeof gad7.clinicians;
  family: typeof family;
  privacy: typeof privacy;
  plan: typeof plan;
  services: typeof services;
}

export type Namespace = keyof EnglishResources;
export const NAMESPACES: readonly Namespace[] = ['common', 'resources', 'checkin', 'results', 'instruments', 'learn', 'clinicians', 'family', 'privacy', 'plan', 'services'];
export const defaultNS = 'common';
