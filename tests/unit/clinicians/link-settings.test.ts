import { describe, expect, it } from 'vitest';
import { CLINIC_NAME_MAX, dialable, parseLinkSettings, settingsQuery } from '../../../src/clinicians/link-settings';

describe('link settings from a clinician’s link', () => {
  it('uses the defaults when the link has no settings', () => {
    expect(parseLinkSettings('')).toEqual({ settings: { parts: 'all' }, ignored: [] });
  });

  it('reads good values', () => {
    const { settings, ignored } = parseLinkSettings('?parts=mood&clinic=Riverside%20Health%20Center&phone=%2B1%20(555)%20010-0199');
    expect(ignored).toEqual([]);
    expect(settings).toEqual({ parts: 'mood', clinicName: 'Riverside Health Center', clinicPhone: '+1 (555) 010-0199' });
  });

  it('tidies spaces in the clinic name', () => {
    expect(parseLinkSettings('?clinic=%20%20Dr%20%20Ruiz%27s%20%26%20Partners%20').settings.clinicName).toBe('Dr Ruiz\'s & Partners');
  });

  it.each([
    ['?parts=everything', 'parts'],
    ['?parts=', 'parts'],
    [`?clinic=${'x'.repeat(CLINIC_NAME_MAX + 1)}`, 'clinic'],
    ['?clinic=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'clinic'],
    ['?clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'clinic'],
    ['?clinic=', 'clinic'],
    ['?clinic=Line%0Abreak%00', 'clinic'],
    ['?clinic=%E2%80%AEevil', 'clinic'],
    ['?phone=call-me', 'phone'],
    ['?phone=12345', 'phone'],
    ['?phone=1234567890123456', 'phone'],
    ['?phone=javascript%3Aalert(1)', 'phone'],
    ['?phone=555%20010%200199%3B%20DROP', 'phone'],
    ['?utm_source=mail', 'utm_source'],
    ['?__proto__=x', '__proto__'],
  ])('ignores %s with a notice, keeping the defaults', (search, param) => {
    const { settings, ignored } = parseLinkSettings(search);
    expect(ignored).toContain(param);
    expect(settings.parts).toBe('all');
    expect(settings.clinicName).toBeUndefined();
    expect(settings.clinicPhone).toBeUndefined();
  });

  it('keeps the good settings when others are bad', () => {
    const { settings, ignored } = parseLinkSettings('?parts=mood&phone=nope&clinic=Eastside%20Clinic&x=1');
    expect(settings).toEqual({ parts: 'mood', clinicName: 'Eastside Clinic' });
    expect([...ignored].sort()).toEqual(['phone', 'x']);
  });

  it('does not throw on very long or odd links', () => {
    expect(() => parseLinkSettings(`?clinic=${'%'.repeat(5000)}&&&=&parts=%E0%A4%A`)).not.toThrow();
  });

  it('round-trips what the link builder makes', () => {
    const query = settingsQuery({ parts: 'mood', clinicName: 'Clínica del Valle', clinicPhone: '555-010-0199' });
    expect(parseLinkSettings(query)).toEqual({
      settings: { parts: 'mood', clinicName: 'Clínica del Valle', clinicPhone: '555-010-0199' },
      ignored: [],
    });
    expect(settingsQuery({ parts: 'all' })).toBe('');
  });

  it('dials digits only', () => {
    expect(dialable('+1 (555) 010-0199')).toBe('+15550100199');
    expect(dialable('555.010.0199')).toBe('5550100199');
  });
});
