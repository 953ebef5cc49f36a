import common from '../locales/en/common.json';
import checkin from '../locales/en/checkin.json';
import results from '../locales/en/results.json';
import instruments from '../locales/en/instruments.json';
import resources from '../locales/en/resources.json';

/** English is the source language: its files define the keys every other language must have. */
export const en = { common, checkin, results, instruments, resources } as const;

export const namespaces = Object.keys(en) as (keyof typeof en)[];
export const defaultNS = 'common';
