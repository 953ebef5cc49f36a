import type checkin from '../locales/en/checkin.json';
import type clinicians from '../locales/en/clinicians.json';
import type common from '../locales/en/common.json';
import type family from '../locales/en/family.json';
import type instruments from '../locales/en/instruments.json';
import type learn from '../locales/en/learn.json';
import type privacy from '../locales/en/privacy.json';
import type resources from '../locales/en/resources.json';
import type results from '../locales/en/results.json';
import type services from '../locales/en/services.json';

/**
 * English is the source language: its files define the keys every other language must have.
 * Types only: which namespaces are bundled and which load on demand is decided in i18n.ts.
 */
export interface EnglishResources {
  common: typeof common;
  resources: typeof resources;
  checkin: typeof checkin;
  results: typeof results;
  instruments: typeof instruments;
  learn: typeof learn;
  clinicians: typeof clinicians;
  family: typeof family;
  privacy: typeof privacy;
  services: typeof services;
}

export type Namespace = keyof EnglishResources;
export const NAMESPACES: readonly Namespace[] = ['common', 'resources', 'checkin', 'results', 'instruments', 'learn', 'clinicians', 'family', 'privacy', 'services'];
export const defaultNS = 'common';
