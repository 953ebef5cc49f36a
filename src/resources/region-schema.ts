/**
 * The shape every region file must have, checked in the tests (tests/unit/resources): numbers only where
 * facts.md marks them verified or confirmed, an https URL for web contacts, a source and a check date.
 */
import { z } from '../lib/zod';

const phone = z.string().regex(/^\d{3,15}$/);

const contact = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['call', 'text', 'tty']), value: phone, display: z.string().min(3), body: z.string().optional() }),
  z.object({ kind: z.enum(['chat', 'web']), value: z.url({ protocol: /^https$/ }), display: z.string().min(3) }),
]);

export const resourceSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9]+$/),
    contacts: z.array(contact).min(1),
    crisis: z.boolean(),
    verification: z.enum(['verified', 'secondary', 'unverified-number']),
  })
  .refine((r) => r.verification !== 'unverified-number' || r.contacts.every((c) => c.kind === 'web' || c.kind === 'chat'), {
    error: 'An unverified number must not be shown: give the website instead',
  });

export const regionSchema = z.object({
  id: z.string().regex(/^[a-z]{2}$/),
  emergency: phone,
  crisisBar: z.string().regex(/^tel:\d{3,15}$/),
  locales: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
  resources: z.array(resourceSchema).min(1),
});

export const provenanceSchema = z.record(z.string(), z.object({ source: z.string().min(5), checked: z.iso.date() }));
