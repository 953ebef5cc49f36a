/**
 * The shape of one Learn page (src/locales/<lng>/learn/<slug>.json). Content is data per language, so a
 * translation is a copy of the file with the same structure. JSON rather than Markdown: no parser in the
 * bundle, structure checked by this schema, and each string can be translated on its own.
 * Citation markers `[n]` in text point at `references[].id` on the same page.
 */
import { z } from '../lib/zod';

const text = z.string().min(1);

export const learnBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text }),
  z.object({ type: z.literal('ul'), items: z.array(text).min(1) }),
  z.object({ type: z.literal('term'), term: text, text }),
]);

export const learnReferenceSchema = z.object({
  id: z.int().positive(),
  title: text,
  publisher: text,
  year: z.int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https$/ }),
});

export const learnPageSchema = z.object({
  title: text,
  summary: text,
  readingMinutes: z.int().positive(),
  sections: z.array(z.object({ heading: text, blocks: z.array(learnBlockSchema).min(1) })).min(1),
  references: z.array(learnReferenceSchema).min(1),
  next: z.enum(['checkin', 'help']),
});

export type LearnPage = z.infer<typeof learnPageSchema>;
export type LearnBlock = z.infer<typeof learnBlockSchema>;

/** All citation ids used in a page's text, in order of first use. */
export function citedIds(page: LearnPage): number[] {
  const texts = page.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'ul' ? b.items : b.type === 'term' ? [b.text] : [b.text])),
  );
  const ids: number[] = [];
  for (const t of texts) for (const m of t.matchAll(/\[(\d+)\]/g)) if (!ids.includes(Number(m[1]))) ids.push(Number(m[1]));
  return ids;
}
