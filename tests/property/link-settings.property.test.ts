// @vitest-environment node
/**
 * A clinician's link is typed, pasted, shortened and mangled by chat apps: reading its settings must never
 * throw, and whatever it returns must be safe to show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClinicName, checkClinicPhone, CLINIC_NAME_MAX, parseLinkSettings, settingsQuery } from '../../src/visit/link-settings';
import { REGIONS } from '../../src/regions';
import { RUNS } from './runs';

const COUNTRIES = [...REGIONS.map((r) => r.country), 'AU', 'FR', '', 'XX', 'us', '??'];
/** Any text: every Unicode code point, lone surrogates included, and the characters links are made of. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('%', '&', '=', '?', '+', '#', ';', ' ', 'a', '1', '\u202e', '\u200b', '\0'), maxLength: 80 }),
);
/** Things that look like phone numbers: some valid, most not. */
const phoneLike = fc.stringMatching(/^\+?(1|44|34|52)? ?\(?[0-9]{2,4}\)?[ -]?[0-9]{3,4}[ -]?[0-9]{3,5}$/);
const param = fc.oneof(
  fc.tuple(fc.constantFrom('parts', 'clinic', 'phone', 'lang', 'region', 'x', ''), anyText),
  fc.tuple(fc.constant('phone'), phoneLike),
  fc.tuple(fc.constant('clinic'), fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúñ' .-]{1,70}$/)),
);
const query = fc.oneof(
  anyText,
  fc.array(param, { maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ''))}`).join('&')}`),
  fc.array(param, { maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);
// Control characters, bidi overrides, zero-width characters and other invisible marks.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

describe('reading a link’s settings, over random strings [H10]', () => {
  it('never throws, and returns only safe settings, for any query in any country [H10]', () => {
    let names = 0;
    let phones = 0;
    const property = fc.property(query, fc.constantFrom(...COUNTRIES), (search, country) => {
      const { settings, ignored } = parseLinkSettings(search, country);
      expect(['mood', 'all']).toContain(settings.parts);
      expect(Array.isArray(ignored)).toBe(true);
      if (settings.clinicName !== undefined) {
        expect(settings.clinicName.length).toBeGreaterThan(0);
        expect([...settings.clinicName].length).toBeLessThanOrEqual(CLINIC_NAME_MAX);
        expect(settings.clinicName).not.toMatch(INVISIBLE);
        expect(settings.clinicName).not.toMatch(/[<>]/);
        // What was accepted is accepted again, unchanged: the link builder's round trip holds.
        expect(checkClinicName(settings.clinicName)).toEqual({ ok: true, name: settings.clinicName });
        names++;
      }
      if (settings.clinicPhone !== undefined) {
        expect(settings.clinicPhone.e164).toMatch(/^\+[1-9]\d{6,14}$/);
        expect(settings.clinicPhone.href).toBe(`tel:${settings.clinicPhone.e164}`);
        const again = parseLinkSettings(settingsQuery({ parts: settings.parts, clinicPhone: settings.clinicPhone.e164 }), country);
        expect(again.settings.clinicPhone?.e164).toBe(settings.clinicPhone.e164);
        phones++;
      }
    });
    RUNS.assert('link settings: random queries in every country', property, 10_000);
    // The runs reached accepted names and numbers, not only refusals.
    expect(names).toBeGreaterThan(0);
    expect(phones).toBeGreaterThan(0);
  });

  it('the clinic checks never throw on any text [H10] [H11]', () => {
    const property = fc.property(anyText, fc.constantFrom(...COUNTRIES), (text, country) => {
      const name = checkClinicName(text);
      const phone = checkClinicPhone(text, country);
      expect(typeof name.ok).toBe('boolean');
      expect(typeof phone.ok).toBe('boolean');
    });
    RUNS.assert('clinic name and phone checks: random text', property, 10_000);
  });
});
