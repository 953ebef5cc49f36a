/**
 * The shape every region file must have, checked in the tests (tests/unit/regions): an https URL for web
 * contacts, a crisis line and the emergency number, and for every entry its source, the date it was
 * matched against the fact sheet, and the date, source and manner of the last check of the service itself.
 */
import { z } from '../lib/zod';

const phone = z.string().regex(/^\d{3,15}$/);

const contact = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['call', 'text', 'tty']),
    value: phone,
    display: z.string().min(3),
    body: z.string().regex(/^[A-Z]+$/).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1).optional(),
  }),
  z.object({ kind: z.enum(['chat', 'web']), value: z.url({ protocol: /^https$/ }), display: z.string().min(3) }),
]);

export const resourceSchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9]+$/),
  topics: z.array(z.enum(['crisis', 'emergency', 'mentalHealth', 'substance', 'treatment', 'overdose', 'family'])).min(1),
  contacts: z.array(contact).min(1),
  verification: z.enum(['verified', 'secondary']),
});

export const regionSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}$/),
    country: z.string().regex(/^[A-Z]{2}$/),
    aliases: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    emergency: phone,
    crisisLine: z.string(),
    barLines: z.array(z.string()).optional(),
    retiredNumbers: z.array(phone).optional(),
    resources: z.array(resourceSchema).min(1),
  })
  .refine((r) => r.resources.some((res) => res.id === r.crisisLine && res.topics.includes('crisis') && res.contacts[0]?.kind === 'call'), {
    error: 'crisisLine must name a crisis resource whose first contact is a phone number',
  })
  .refine((r) => (r.barLines ?? []).every((id) => r.resources.find((res) => res.id === id)?.contacts[0]?.kind === 'call'), {
    error: 'each bar line must name a resource whose first contact is a phone number',
  })
  .refine((r) => r.resources.some((res) => res.topics.includes('emergency') && res.contacts[0]?.value === r.emergency), {
    error: 'the emergency number must be listed as an emergency resource',
  });

/** An ISO date, or a month (YYYY-MM) where the record gives no day. */
const checkDate = z.union([z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);

export const provenanceSchema = z.record(
  z.string(),
  z.strictObject({
    source: z.string().min(5),
    factSheetChecked: z.iso.date(),
    serviceChecked: z.strictObject({
      date: checkDate,
      source: z.string().min(5),
      how: z.enum(['official page', 'independent sources', 'fact sheet only']),
    }),
  }),
);
