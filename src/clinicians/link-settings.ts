/**
 * Settings a clinician's link carries as query parameters (`/?parts=mood&clinic=…&phone=…`), validated with
 * zod. Unknown or malformed values are ignored (and reported, so the app can show a short notice), never
 * a crash. `zod/mini` keeps this small enough for the start page's bundle.
 * Clinic text is length-limited and only ever rendered as text.
 */
import { z } from '../lib/zod-mini';

import { DEFAULT_SETTINGS, type LinkSettings, type ParsedLink } from './link-settings-types';

export type { LinkSettings, ParsedLink, Parts } from './link-settings-types';
export const CLINIC_NAME_MAX = 60;

/**
 * Query parameters this app reads; anything else in a link is ignored with a notice. `lang` and `region`
 * are old links' (src/lib/legacy-link.ts leads them to their version's address); what is left of them
 * names something we do not have, and gets its own notice.
 */
export const KNOWN_PARAMS = ['parts', 'clinic', 'phone', 'lang', 'region'] as const;

const partsSchema = z.enum(['mood', 'all']);

// Letters, numbers, spaces and common punctuation; no control characters and no markup brackets.
const clinicNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(CLINIC_NAME_MAX),
  z.regex(/^[^<>{}\p{Cc}\p{Cf}]+$/u),
);

// A plain phone format: optional +, then digits with spaces, dots, hyphens or brackets; 7–15 digits.
const clinicPhoneSchema = z.string().check(
  z.maxLength(25),
  z.regex(/^\+?[0-9][0-9 ().-]*[0-9]$/),
  z.refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }),
);

const tidy = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

export function parseLinkSettings(search: string): ParsedLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { settings: DEFAULT_SETTINGS, ignored: ['link'] };
  }
  const ignored = new Set<string>();
  for (const key of params.keys()) if (!(KNOWN_PARAMS as readonly string[]).includes(key)) ignored.add(key);

  let settings: LinkSettings = DEFAULT_SETTINGS;
  const parts = params.get('parts');
  if (parts !== null) {
    const parsed = partsSchema.safeParse(parts);
    if (parsed.success) settings = { ...settings, parts: parsed.data };
    else ignored.add('parts');
  }
  const clinic = params.get('clinic');
  if (clinic !== null) {
    const parsed = clinicNameSchema.safeParse(tidy(clinic));
    if (parsed.success) settings = { ...settings, clinicName: parsed.data };
    else ignored.add('clinic');
  }
  const phone = params.get('phone');
  if (phone !== null) {
    const parsed = clinicPhoneSchema.safeParse(tidy(phone));
    if (parsed.success) settings = { ...settings, clinicPhone: parsed.data };
    else ignored.add('phone');
  }
  return { settings, ignored: [...ignored] };
}

/**
 * The query string for a set of settings (defaults left out, so links stay short). The language and the
 * country are not settings: they are the version, in the link's path (`/es-mx/?clinic=…`).
 */
export function settingsQuery(settings: LinkSettings): string {
  const params = new URLSearchParams();
  if (settings.parts !== 'all') params.set('parts', settings.parts);
  if (settings.clinicName) params.set('clinic', tidy(settings.clinicName));
  if (settings.clinicPhone) params.set('phone', tidy(settings.clinicPhone));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Validators shared with the link builder's form, so what it makes is always accepted on arrival. */
export function isValidClinicName(value: string): boolean {
  return clinicNameSchema.safeParse(tidy(value)).success;
}

export function isValidClinicPhone(value: string): boolean {
  return clinicPhoneSchema.safeParse(tidy(value)).success;
}

/** Digits (and a leading +) for a tel: link. */
export function dialable(phone: string): string {
  return phone.replace(/(?!^\+)[^0-9]/g, '');
}
