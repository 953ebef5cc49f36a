/**
 * The family guide's content (src/locales/<lng>/family/guide.json): an unscored checklist of observable
 * signs (each sourced), emergency steps, guidance sections and references. Data per language, like the
 * Learn pages, on the same region-aware content model (src/ui/content-schema.ts): steps and sections may
 * be for some countries only, and numbers come from the reader's region through placeholders.
 */
import { z } from '../lib/zod';
import { contentBlockSchema, countryProblems, referenceSchema, regionalTextSchema } from '../ui/content-schema';

const text = z.string().min(1);
const regions = contentBlockSchema.options[0].shape.regions;

export const familyGuideSchema = z.object({
  title: text,
  summary: text,
  checklist: z.object({
    heading: text,
    intro: text,
    groups: z
      .array(
        z.object({
          id: z.enum(['mood', 'opioids', 'overdose', 'suicide']),
          urgent: z.boolean(),
          heading: text,
          signs: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text })).min(1),
        }),
      )
      .length(4),
  }),
  emergency: z.object({
    overdose: z.object({ heading: text, steps: z.array(regionalTextSchema).min(2) }),
    suicide: z.object({ heading: text, steps: z.array(regionalTextSchema).min(2) }),
  }),
  sections: z.array(z.object({ id: text, heading: text, regions, blocks: z.array(contentBlockSchema).min(1) })).min(1),
  references: z.array(referenceSchema).min(1),
})
  // One country's facts never shown in another (a US-only source's text without `regions`).
  .superRefine((guide, ctx) => {
    const steps = [...guide.emergency.overdose.steps, ...guide.emergency.suicide.steps, ...guide.checklist.groups.flatMap((group) => group.signs.map((sign) => sign.text))];
    for (const message of countryProblems(guide.sections, guide.references, steps)) ctx.addIssue({ code: 'custom', message });
  });

export type FamilyGuide = z.infer<typeof familyGuideSchema>;
export type SignGroup = FamilyGuide['checklist']['groups'][number];

const cache = new Map<string, Promise<FamilyGuide>>();

export function loadFamilyGuide(language: string): Promise<FamilyGuide> {
  let promise = cache.get(language);
  if (!promise) {
    promise = import(`../locales/${language}/family/guide.json`)
      .catch(() => import('../locales/en/family/guide.json'))
      .then((module: { default: unknown }) => familyGuideSchema.parse(module.default));
    cache.set(language, promise);
  }
  return promise;
}
