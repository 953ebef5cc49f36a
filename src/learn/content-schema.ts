/**
 * The shape of one Learn page (src/locales/<lng>/learn/<slug>.json). Content is data per language, so a
 * translation is a copy of the file with the same structure. JSON rather than Markdown: no parser in the
 * bundle, structure checked by this schema, and each string can be translated on its own. Blocks,
 * sections and references are the shared, region-aware content model (src/ui/content-schema.ts).
 */
import { z } from '../lib/zod';
import { contentSectionSchema, countryProblems, referenceSchema } from '../ui/content-schema';

const text = z.string().min(1);

export const learnPageSchema = z.object({
  title: text,
  summary: text,
  readingMinutes: z.int().positive(),
  sections: z.array(contentSectionSchema).min(1),
  references: z.array(referenceSchema).min(1),
  next: z.enum(['checkin', 'help']),
})
  // One country's facts never shown in another (a US-only source's text without `regions`).
  .superRefine((page, ctx) => {
    for (const message of countryProblems(page.sections, page.references)) ctx.addIssue({ code: 'custom', message });
  });

export type LearnPage = z.infer<typeof learnPageSchema>;
