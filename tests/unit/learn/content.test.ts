import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPageSchema, type LearnPage } from '../../../src/learn/content-schema';
import { familyGuideSchema } from '../../../src/family/guide-schema';
import { LEARN_SLUGS } from '../../../src/learn/pages';
import { REGIONS } from '../../../src/regions';
import { regionNumbers } from '../../../src/regions/text';
import { blockTexts, citationOrder, shownIn, textOf, visibleBlocks, type ContentSection } from '../../../src/ui/content-schema';
import { findForbidden } from '../../../scripts/forbidden-claims.mjs';

const LOCALES = resolve(process.cwd(), 'src/locales');
const languages = readdirSync(LOCALES);

function* localeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* localeFiles(path);
    else if (entry.name.endsWith('.json')) yield path;
  }
}

/** The placeholders a text may use in a country: its numbers by service id, and the named phrases. */
const allowedVars = (region: (typeof REGIONS)[number]) =>
  new Set([...Object.keys(regionNumbers(region)), 'country', 'crisisAction', 'crisisName', 'crisisBar', 'numbersChecked']);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

/** Every text a page shows in a country (section headings too). */
function pageTexts(page: LearnPage, region: string): string[] {
  return page.sections.flatMap((s) => (shownIn(s, region) ? [s.heading, ...visibleBlocks(s, region).flatMap((b) => blockTexts(b, region))] : []));
}

/**
 * The paragraphs and list items, in any country, that cite no reference and are not marked as guidance
 * (`"guidance": true`: advice, a question to ask, a word about this site). Term definitions are the page's
 * own plain-language glosses and need none.
 */
export function uncited(sections: readonly ContentSection[]): string[] {
  const cites = (text: string) => /\[\d+\]/.test(text);
  return sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      if ((block.type !== 'p' && block.type !== 'ul') || block.guidance) return [];
      const texts = block.type === 'p' ? [block.text] : block.items.map(textOf);
      return texts.filter((text) => !cites(text)).map((text) => `${section.heading}: ${text}`);
    }),
  );
}

describe('the sources check', () => {
  // Controls: the check above names a paragraph of fact without a reference, and lets guidance through.
  const section = (blocks: ContentSection['blocks']): ContentSection => ({ heading: 'H', blocks });
  it('finds a paragraph without a reference [H19]', () => {
    expect(uncited([section([{ type: 'p', text: 'Naloxone reverses an overdose.' }])])).toEqual(['H: Naloxone reverses an overdose.']);
  });
  it('finds a list item without one, in a list whose other items cite [H19]', () => {
    expect(uncited([section([{ type: 'ul', items: ['Cited [1].', { text: 'Not cited.', regions: ['us'] }] }])])).toEqual(['H: Not cited.']);
  });
  it('lets a reference or the guidance mark through', () => {
    expect(uncited([section([{ type: 'p', text: 'Cited [2].' }, { type: 'p', text: 'Ask for help.', guidance: true }, { type: 'term', term: 'x', text: 'a gloss' }])])).toEqual([]);
  });
});

describe('one country’s facts stay in that country [H27]', () => {
  const us = { id: 1, title: 'Fentanyl facts', publisher: 'CDC', url: 'https://www.cdc.gov/x', countries: ['us'] };
  const page = (blocks: ContentSection['blocks']): unknown => ({ title: 'T', summary: 'S', readingMinutes: 1, sections: [{ heading: 'H', blocks }], references: [us], next: 'help' });
  it('a page whose text citing a US-only source shows in every country is refused, so the build fails; with `regions: ["us"]` it is accepted [H27]', () => {
    const planted = learnPageSchema.safeParse(page([{ type: 'p', text: 'Fentanyl is in the supply [1].' }]));
    expect(planted.success).toBe(false);
    expect(planted.error?.issues.map((issue) => issue.message).join('\n')).toMatch(/shown in uk, but \[1\] \(CDC\) holds in us only/);
    expect(learnPageSchema.safeParse(page([{ type: 'p', text: 'Fentanyl is in the supply [1].', regions: ['us'] }])).success).toBe(true);
    expect(learnPageSchema.safeParse(page([{ type: 'p', text: 'Fentanyl is in the supply [1].', regions: ['us', 'mx'] }])).success).toBe(false);
  });
});

describe('Learn content', () => {
  for (const language of languages) {
    for (const slug of LEARN_SLUGS) {
      describe(`${language}/${slug}`, () => {
        const raw: unknown = JSON.parse(readFileSync(join(LOCALES, language, 'learn', `${slug}.json`), 'utf8'));

        it('has the page shape (title, sections, references with https links, next step)', () => {
          expect(() => learnPageSchema.parse(raw)).not.toThrow();
        });

        it('cites only references that exist, and lists only references some country’s page cites', () => {
          const page = learnPageSchema.parse(raw);
          const listed = page.references.map((r) => r.id);
          const cited = new Set(REGIONS.flatMap((r) => citationOrder(pageTexts(page, r.id))));
          expect([...cited].filter((id) => !listed.includes(id)), 'cited but not listed').toEqual([]);
          expect(listed.filter((id) => !cited.has(id)), 'listed but never cited').toEqual([]);
          expect(new Set(listed).size).toBe(listed.length);
        });

        it('in every country: at least four sections, and every placeholder is one that country fills', () => {
          const page = learnPageSchema.parse(raw);
          for (const region of REGIONS) {
            expect(page.sections.filter((s) => visibleBlocks(s, region.id).length > 0).length, region.id).toBeGreaterThanOrEqual(4);
            const allowed = allowedVars(region);
            const unknown = pageTexts(page, region.id).flatMap(placeholders).filter((name) => !allowed.has(name));
            expect(unknown, `${region.id}: placeholders it cannot fill`).toEqual([]);
          }
        });

        it('gives every paragraph and list item a reference, unless its block is marked as guidance [H19]', () => {
          const page = learnPageSchema.parse(raw);
          expect(uncited(page.sections)).toEqual([]);
        });
      });
    }

    it(`${language}/family/guide: in every country, every placeholder is one that country fills, and every citation is listed`, () => {
      const guide = familyGuideSchema.parse(JSON.parse(readFileSync(join(LOCALES, language, 'family', 'guide.json'), 'utf8')));
      const listed = guide.references.map((r) => r.id);
      const cited = new Set<number>();
      for (const region of REGIONS) {
        const texts = [
          ...guide.emergency.overdose.steps.filter((s) => shownIn(s, region.id)).map(textOf),
          ...guide.emergency.suicide.steps.filter((s) => shownIn(s, region.id)).map(textOf),
          ...guide.checklist.groups.flatMap((g) => g.signs.map((s) => s.text)),
          ...guide.sections.flatMap((s) => (shownIn(s, region.id) ? [s.heading, ...visibleBlocks(s, region.id).flatMap((b) => blockTexts(b, region.id))] : [])),
        ];
        const allowed = allowedVars(region);
        expect(texts.flatMap(placeholders).filter((name) => !allowed.has(name)), region.id).toEqual([]);
        citationOrder(texts).forEach((id) => cited.add(id));
        // The emergency steps always say what to do, in every country.
        expect(guide.emergency.suicide.steps.filter((s) => shownIn(s, region.id)).length, region.id).toBeGreaterThanOrEqual(3);
      }
      expect([...cited].filter((id) => !listed.includes(id)), 'cited but not listed').toEqual([]);
      expect(listed.filter((id) => !cited.has(id)), 'listed but never cited').toEqual([]);
    });

    it(`${language}/family/guide: every paragraph and list item has a reference, unless its block is marked as guidance [H19]`, () => {
      const guide = familyGuideSchema.parse(JSON.parse(readFileSync(join(LOCALES, language, 'family', 'guide.json'), 'utf8')));
      expect(uncited(guide.sections)).toEqual([]);
    });
  }

  it('has a file for every page in every language, and no stray pages', () => {
    for (const language of languages) {
      const files = readdirSync(join(LOCALES, language, 'learn')).map((f) => f.replace(/\.json$/, '')).sort();
      expect(files).toEqual([...LEARN_SLUGS].sort());
    }
  });
});

describe('the seed article’s wrong claims', () => {
  it('appear in no locale file [H19]', () => {
    const hits: string[] = [];
    for (const path of localeFiles(LOCALES)) {
      for (const claim of findForbidden(readFileSync(path, 'utf8'))) hits.push(`${claim} in ${path}`);
    }
    expect(hits).toEqual([]);
  });

  it('are detected when present (the check can fail)', () => {
    expect(findForbidden('Heroin deaths were 15,446 in 2016')).toEqual(['15,446']);
    expect(findForbidden('It makes depression FOUR TIMES more likely')).toEqual(['four times']);
    expect(findForbidden('Receptors that cause the body to release endorphins')).toContain('release endorphins');
  });
});
