/**
 * Settings a clinician's link carries as query parameters (`/?parts=mood&clinic=…&phone=…`), validated by
 * exact values and the clinic checks in link-safety.ts (no schema library: one enum does not need one). Anything unknown, malformed or unsafe is ignored (and
 * reported, so the app can show a short notice), never a crash; the rest of the link still applies.
 * Loaded only when a link has a query. Clinic text is only ever rendered as text, labelled as coming from
 * the link, after the official crisis contacts.
 */
import { DEFAULT_SETTINGS, type LinkSettings, type ParsedLink, type Parts } from './link-settings-types';
import { checkClinicName, checkClinicPhone } from './link-safety';
import { optionalInstruments } from '../instruments/registry';

export type { LinkSettings, ParsedLink, Parts } from './link-settings-types';
export { CLINIC_NAME_MAX, checkClinicName, checkClinicPhone } from './link-safety';

/**
 * Query parameters this app reads; anything else in a link is ignored with a notice. `lang` and `region`
 * are old links' (src/visit/legacy-link.ts leads them to their version's address); what is left of them
 * names something we do not have, and gets its own notice.
 */
export const KNOWN_PARAMS = ['parts', 'add', 'clinic', 'phone', 'lang', 'region'] as const;

const PARTS: readonly Parts[] = ['mood', 'all'];
const isParts = (value: string): value is Parts => (PARTS as readonly string[]).includes(value);

/** Reads a link's settings; `country` is the version's (a phone number without "+" is read as one of its). */
export function parseLinkSettings(search: string, country = 'US'): ParsedLink {
  // URLSearchParams reads any string without throwing (tests/property/link-settings.property.test.ts).
  const params = new URLSearchParams(search);
  const ignored = new Set<string>();
  for (const key of params.keys()) if (!(KNOWN_PARAMS as readonly string[]).includes(key)) ignored.add(key);

  let settings: LinkSettings = DEFAULT_SETTINGS;
  const parts = params.get('parts');
  if (parts !== null) {
    if (isParts(parts)) settings = { ...settings, parts };
    else ignored.add('parts');
  }
  const add = params.get('add');
  if (add !== null) {
    // A comma-separated list of optional instruments; anything else makes the whole setting ignored.
    const ids = add.split(',').filter(Boolean);
    const known = new Set(optionalInstruments().map((instrument) => instrument.id));
    if (ids.length > 0 && ids.every((id) => known.has(id))) settings = { ...settings, add: [...new Set(ids)] };
    else ignored.add('add');
  }
  const clinic = params.get('clinic');
  if (clinic !== null) {
    const checked = checkClinicName(clinic);
    if (checked.ok) settings = { ...settings, clinicName: checked.name };
    else ignored.add('clinic');
  }
  const phone = params.get('phone');
  if (phone !== null) {
    const checked = checkClinicPhone(phone, country);
    if (checked.ok) settings = { ...settings, clinicPhone: checked.phone };
    else ignored.add('phone');
  }
  return { settings, ignored: [...ignored] };
}

/**
 * The query string for a set of settings (defaults left out, so links stay short; the phone number in
 * international form). The language and the country are not settings: they are the version, in the
 * link's path (`/es-mx/?clinic=…`).
 */
export function settingsQuery(settings: { parts: LinkSettings['parts']; add?: readonly string[]; clinicName?: string; clinicPhone?: string }): string {
  const params = new URLSearchParams();
  if (settings.parts !== 'all') params.set('parts', settings.parts);
  if (settings.add?.length) params.set('add', settings.add.join(','));
  if (settings.clinicName) params.set('clinic', settings.clinicName);
  if (settings.clinicPhone) params.set('phone', settings.clinicPhone);
  const query = params.toString();
  return query ? `?${query}` : '';
}
