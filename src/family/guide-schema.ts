/**
 * The family guide's content (src/locales/<lng>/family/guide.json): an unscored checklist of observable
 * signs (each sourced), emergency steps, guidance sections and references. Data per language, like the
 * Learn pages, and validated the same way.
 */
import { z } from '../lib/zod';
import { learnBlockSchema, learnReferenceSchema } from '../learn/content-schema';

const text = z.string().min(1);

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
    overdose: z.object({ heading: text, steps: z.array(text).min(2) }),
    suicide: z.object({ heading: text, steps: z.array(text).min(2) }),
  }),
  sections: z.array(z.object({ id: text, heading: text, blocks: z.array(learnBlockSchema).min(1) })).min(1),
  references: z.array(learnReferenceSchema).min(1),
});

export type FamilyGuide = z.infer<typeof familyGuideSchema>;
export type SignGroup = FamilyGuide['checklist']['groups'][number];

/** Every citation id used anywhere in the guide. */
export function guideCitedIds(guide: FamilyGuide): number[] {
  const texts = [
    ...guide.checklist.groups.flatMap((g) => g.signs.map((s) => s.text)),
    ...guide.emergency.overdose.steps,
    ...guide.emergency.suicide.steps,
    ...guide.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'ul' ? b.items : [b.text]))),
  ];
  const ids: number[] = [];
  for (const t of texts) for (const m of t.matchAll(/\[(\d+)\]/g)) if (!ids.includes(Number(m[1]))) ids.push(Number(m[1]));
  return ids;
}

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
