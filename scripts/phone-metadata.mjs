#!/usr/bin/env node
/**
 * Writes src/lib/phone-metadata.json: libphonenumber-js's full ("max") metadata, cut down to the countries
 * the app lists (a clinic's phone number is read as a number of the link's country). The full metadata
 * keeps number types, so premium-rate and shared-cost numbers can be refused. About 9 KB instead of 157 KB.
 * Run after upgrading libphonenumber-js or adding a country: `node scripts/phone-metadata.mjs`
 * (tests/unit/visit/link-settings.test.ts checks it covers every country in src/regions).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const COUNTRIES = ['US', 'CA', 'GB', 'MX', 'ES'];
const require = createRequire(import.meta.url);
const max = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));

const callingCodes = {};
for (const [code, countries] of Object.entries(max.country_calling_codes)) {
  const kept = countries.filter((country) => COUNTRIES.includes(country));
  if (kept.length) callingCodes[code] = kept;
}
const metadata = {
  version: max.version,
  country_calling_codes: callingCodes,
  countries: Object.fromEntries(COUNTRIES.map((country) => [country, max.countries[country]])),
  nonGeographic: {},
};
writeFileSync('src/lib/phone-metadata.json', `${JSON.stringify(metadata)}\n`);
console.log(`src/lib/phone-metadata.json: ${COUNTRIES.join(', ')} (${JSON.stringify(metadata).length} bytes)`);
