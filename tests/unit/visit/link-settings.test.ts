import { describe, expect, it } from 'vitest';
import { CLINIC_NAME_MAX, checkClinicName, checkClinicPhone, parseLinkSettings, settingsQuery } from '../../../src/visit/link-settings';
import { skeleton } from '../../../src/visit/link-safety';
import phoneMetadata from '../../../src/lib/phone-metadata.json';
import { REGIONS } from '../../../src/regions';
import { ACCEPTED_NAMES, HOSTILE_NAMES, HOSTILE_PHONES } from '../../fixtures/hostile-links';

describe('link settings from a clinician’s link', () => {
  it('uses the defaults when the link has no settings', () => {
    expect(parseLinkSettings('')).toEqual({ settings: { parts: 'all' }, ignored: [] });
  });

  it('reads good values; a phone number is shown in its country’s form and dialled in international form', () => {
    const { settings, ignored } = parseLinkSettings('?parts=mood&clinic=Riverside%20Health%20Center&phone=%2B1%20(212)%20555-0199');
    expect(ignored).toEqual([]);
    expect(settings).toEqual({
      parts: 'mood',
      clinicName: 'Riverside Health Center',
      clinicPhone: { display: '(212) 555-0199', href: 'tel:+12125550199', e164: '+12125550199' },
    });
  });

  it('dials a UK number written with "(0)" correctly, and shows a foreign number in international form', () => {
    expect(checkClinicPhone('+44 (0)20 7946 0000', 'GB')).toEqual({ ok: true, phone: { display: '020 7946 0000', href: 'tel:+442079460000', e164: '+442079460000' } });
    expect(checkClinicPhone('+44 (0)20 7946 0000', 'US')).toMatchObject({ ok: true, phone: { display: '+44 20 7946 0000', href: 'tel:+442079460000' } });
    expect(checkClinicPhone('55 1234 5678', 'MX')).toMatchObject({ ok: true, phone: { href: 'tel:+525512345678' } });
    expect(checkClinicPhone('91 123 45 67', 'ES')).toMatchObject({ ok: true, phone: { href: 'tel:+34911234567' } });
    // A clinic's toll-free number is fine; only crisis lines and premium rates are refused.
    expect(checkClinicPhone('1-800-555-0199', 'US').ok).toBe(true);
  });

  it('accepts ordinary clinic names in both languages', () => {
    for (const name of ['Riverside Health Center', 'Clínica del Valle', 'Dr. O’Neil & Partners', 'St. Mary’s (East)', 'Centro de Salud Ñuñoa', 'Family Medicine / Pediatrics']) {
      expect(checkClinicName(name), name).toEqual({ ok: true, name });
    }
    expect(checkClinicName('  Dr  Ruiz\'s   & Partners ')).toEqual({ ok: true, name: "Dr Ruiz's & Partners" });
  });

  it.each(HOSTILE_NAMES)('refuses the clinic name %j (%s: %s), without throwing', (name, _why, problem) => {
    expect(checkClinicName(name)).toEqual({ ok: false, problem });
    const { settings, ignored } = parseLinkSettings(`?clinic=${encodeURIComponent(name)}`);
    expect(settings.clinicName).toBeUndefined();
    expect(ignored).toEqual(['clinic']);
  });

  it.each(HOSTILE_PHONES)('refuses the phone number %j in %s (%s: %s), without throwing', (phone, country, _why, problem) => {
    expect(checkClinicPhone(phone, country)).toEqual({ ok: false, problem });
    const { settings, ignored } = parseLinkSettings(`?phone=${encodeURIComponent(phone)}`, country);
    expect(settings.clinicPhone).toBeUndefined();
    expect(ignored).toEqual(['phone']);
  });

  it('tests at least 100 hostile names and numbers, and says how many it refused [H11]', () => {
    expect(HOSTILE_NAMES.length + HOSTILE_PHONES.length).toBeGreaterThanOrEqual(100);
    const names = HOSTILE_NAMES.filter(([name]) => !checkClinicName(name).ok).length;
    const phones = HOSTILE_PHONES.filter(([phone, country]) => !checkClinicPhone(phone, country).ok).length;
    const accepted = ACCEPTED_NAMES.filter((name) => checkClinicName(name).ok).length;
    console.log(`hostile clinic names refused: ${names} of ${HOSTILE_NAMES.length}; hostile numbers refused: ${phones} of ${HOSTILE_PHONES.length}; ordinary names accepted: ${accepted} of ${ACCEPTED_NAMES.length}`);
  });

  it.each(ACCEPTED_NAMES)('keeps the ordinary clinic name %j [H11]', (name) => {
    expect(checkClinicName(name)).toEqual({ ok: true, name });
  });

  it('names every crisis and service of the region data, in every language, as a refused clinic name [H11]', async () => {
    // The services' names as readers see them (the resources namespace), in each language the app has.
    const { readFileSync, readdirSync } = await import('node:fs');
    const root = new URL('../../../src/locales/', import.meta.url);
    let checked = 0;
    const accepted: string[] = [];
    for (const language of readdirSync(root)) {
      const resources = JSON.parse(readFileSync(new URL(`${language}/resources.json`, root), 'utf8')) as Record<string, Record<string, { name?: string }>>;
      for (const region of REGIONS) {
        for (const resource of region.resources) {
          const name = resources[region.id]?.[resource.id]?.name;
          if (!name || !resource.topics.some((topic) => ['crisis', 'emergency', 'mentalHealth', 'overdose', 'substance'].includes(topic))) continue;
          checked++;
          if (checkClinicName(name).ok) accepted.push(`${language} ${region.id} ${resource.id}: ${name}`);
        }
      }
    }
    console.log(`service names from the region data checked as clinic names: ${checked}; accepted ${accepted.length}`);
    expect(checked).toBeGreaterThan(20);
    expect(accepted).toEqual([]);
  });

  it('refuses every crisis, emergency and service number in the region data, in every country [H11] [H4]', () => {
    for (const region of REGIONS) {
      for (const contact of region.resources.flatMap((r) => r.contacts)) {
        if (contact.kind === 'web' || contact.kind === 'chat') continue;
        expect(checkClinicPhone(contact.display, region.country).ok, `${region.id} ${contact.display}`).toBe(false);
        expect(checkClinicPhone(contact.value, region.country).ok, `${region.id} ${contact.value}`).toBe(false);
      }
    }
  });

  it('folds look-alike letters before looking for crisis words [H11]', () => {
    expect(skeleton('Ѕаmаritаns')).toBe(skeleton('samaritans'));
    expect(skeleton('ＬＩＦＥＬＩＮＥ')).toBe(skeleton('lifeline'));
    expect(skeleton('Línea  de la Vida!')).toBe(skeleton('linea de la vida'));
  });

  it.each([
    ['?parts=everything', 'parts'],
    ['?parts=', 'parts'],
    [`?clinic=${'x'.repeat(CLINIC_NAME_MAX + 1)}`, 'clinic'],
    ['?clinic=Line%0Abreak%00', 'clinic'],
    ['?phone=12345', 'phone'],
    ['?utm_source=mail', 'utm_source'],
    ['?__proto__=x', '__proto__'],
  ])('ignores %s with a notice, keeping the defaults', (search, param) => {
    const { settings, ignored } = parseLinkSettings(search);
    expect(ignored).toContain(param);
    expect(settings.parts).toBe('all');
    expect(settings.clinicName).toBeUndefined();
    expect(settings.clinicPhone).toBeUndefined();
  });

  it('keeps the good settings when others are bad [H10]', () => {
    const { settings, ignored } = parseLinkSettings('?parts=mood&phone=%2B1%20900%20555%200100&clinic=Eastside%20Clinic&x=1');
    expect(settings).toEqual({ parts: 'mood', clinicName: 'Eastside Clinic' });
    expect([...ignored].sort()).toEqual(['phone', 'x']);
  });

  it('does not throw on very long or odd links [H10]', () => {
    expect(() => parseLinkSettings(`?clinic=${'%'.repeat(5000)}&&&=&parts=%E0%A4%A&phone=${'9'.repeat(5000)}`)).not.toThrow();
  });

  it('round-trips what the link builder makes', () => {
    const query = settingsQuery({ parts: 'mood', clinicName: 'Clínica del Valle', clinicPhone: '+525512345678' });
    expect(parseLinkSettings(query, 'MX')).toEqual({
      settings: { parts: 'mood', clinicName: 'Clínica del Valle', clinicPhone: { display: '55 1234 5678', href: 'tel:+525512345678', e164: '+525512345678' } },
      ignored: [],
    });
    expect(settingsQuery({ parts: 'all' })).toBe('');
  });

  it('has phone metadata for every country the app lists', () => {
    const countries = Object.keys(phoneMetadata.countries).sort();
    expect(countries).toEqual(REGIONS.map((r) => r.country).sort());
  });
});
