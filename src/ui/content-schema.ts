/**
 * Sourced content as data (Learn pages, the family guide): blocks of text with citation markers `[n]`
 * pointing at the page's references. Region-aware, so that a page never shows a number, a service or a
 * fact that does not hold where the reader is:
 * - text names numbers only through placeholders (`{{emergency}}`, `{{crisisAction}}`, a service id…),
 *   filled from the reader's region (src/ui/use-region-vars.ts);
 * - a block, a list item, a step or a section with `regions` shows only in those countries (facts that
 *   hold in one country: over-the-counter naloxone in the US, Canada's Good Samaritan Act…);
 * - a `services` block lists the reader's country's services on given topics, from the region data.
 * A reference shows only when something visible cites it, numbered in order of first citation.
 */
import { z } from '../lib/zod';
import { REGIONS } from '../regions';

const text = z.string().min(1);
const regionId = z.enum(REGIONS.map((r) => r.id) as [string, ...string[]]);
const regions = z.array(regionId).min(1).optional();

/** A string, or a string shown only in some countries. */
export const regionalTextSchema = z.union([text, z.object({ text, regions: z.array(regionId).min(1) })]);

/**
 * Marks a paragraph or list that states no health fact (advice on what to do, a question to ask, a word
 * about this site): the one kind of text that may go without a reference. Every other paragraph and list
 * item cites one (tests/unit/learn/content.test.ts).
 */
const guidance = z.literal(true).optional();

export const contentBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text, regions, guidance }),
  z.object({ type: z.literal('ul'), items: z.array(regionalTextSchema).min(1), regions, guidance }),
  z.object({ type: z.literal('term'), term: text, text, regions }),
  // A link to another page of this site, within the reader's version ("/plan": "/es-mx/plan" in es-MX).
  z.object({ type: z.literal('link'), to: z.string().regex(/^\/[a-z0-9/-]*$/), text, regions }),
  z.object({
    type: z.literal('services'),
    topics: z.array(z.enum(['crisis', 'emergency', 'mentalHealth', 'substance', 'treatment', 'overdose', 'family'])).min(1),
    regions,
  }),
]);

export const referenceSchema = z.object({
  id: z.int().positive(),
  title: text,
  publisher: text,
  year: z.int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https$/ }),
  /**
   * The countries its facts hold in, for a source on one country's drug supply, products, law or services
   * (the CDC on the US supply, the FDA on a US product, SAMHSA, NIDA on the US supply…): text citing it
   * must show only there (countryProblems). Unset: what it supports holds everywhere.
   */
  countries: z.array(regionId).min(1).optional(),
});

export const contentSectionSchema = z.object({
  heading: text,
  regions,
  blocks: z.array(contentBlockSchema).min(1),
});

export type ContentBlock = z.infer<typeof contentBlockSchema>;
export type RegionalText = z.infer<typeof regionalTextSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type ContentSection = z.infer<typeof contentSectionSchema>;

/** Shown in this country: no `regions`, or the country among them. */
export function shownIn(item: RegionalText | { readonly regions?: readonly string[] }, region: string): boolean {
  if (typeof item === 'string') return true;
  return !item.regions || item.regions.includes(region);
}

export function textOf(item: RegionalText): string {
  return typeof item === 'string' ? item : item.text;
}

/** The texts of a block that show in this country (for citations and checks). */
export function blockTexts(block: ContentBlock, region: string): string[] {
  if (!shownIn(block, region)) return [];
  switch (block.type) {
    case 'p':
      return [block.text];
    case 'term':
      return [block.term, block.text];
    case 'ul':
      return block.items.filter((item) => shownIn(item, region)).map(textOf);
    case 'link':
      return [block.text];
    case 'services':
      return [];
  }
}

/** A section's blocks that show in this country (none when the section itself does not). */
export function visibleBlocks(section: ContentSection, region: string): ContentBlock[] {
  if (!shownIn(section, region)) return [];
  return section.blocks.filter((block) => shownIn(block, region));
}

const MARKER = /\[(\d+)\]/g;

/**
 * Text that would show in a country its source does not hold for: for every country, each visible text
 * citing a reference with `countries` that leave that country out. The page schemas refuse such a page, so
 * the build (which prerenders every page of every version) fails on it.
 */
export function countryProblems(
  sections: readonly ContentSection[],
  references: readonly Reference[],
  extra: readonly RegionalText[] = [],
): string[] {
  const problems: string[] = [];
  for (const { id: region } of REGIONS) {
    const texts = [...sections.flatMap((section) => visibleBlocks(section, region).flatMap((block) => blockTexts(block, region))), ...extra.filter((item) => shownIn(item, region)).map(textOf)];
    for (const value of texts) {
      for (const match of value.matchAll(MARKER)) {
        const reference = references.find((ref) => ref.id === Number(match[1]));
        if (reference?.countries && !reference.countries.includes(region)) {
          problems.push(`shown in ${region}, but [${reference.id}] (${reference.publisher}) holds in ${reference.countries.join(', ')} only: "${value.slice(0, 80)}"`);
        }
      }
    }
  }
  return problems;
}

/** Reference ids in order of first citation across the given texts. */
export function citationOrder(texts: readonly string[]): number[] {
  const seen: number[] = [];
  for (const value of texts) {
    for (const match of value.matchAll(MARKER)) {
      const id = Number(match[1]);
      if (!seen.includes(id)) seen.push(id);
    }
  }
  return seen;
}

/** The references the visible texts cite, in citation order, with the number each is shown as. */
export function citedReferences<R extends { readonly id: number }>(
  references: readonly R[],
  texts: readonly string[],
): { references: (R & { readonly shown: number })[]; numbering: (id: number) => number } {
  const order = citationOrder(texts);
  const numbering = (id: number) => order.indexOf(id) + 1;
  const shown = order.flatMap((id) => references.filter((ref) => ref.id === id).map((ref) => ({ ...ref, shown: numbering(id) })));
  return { references: shown, numbering };
}
