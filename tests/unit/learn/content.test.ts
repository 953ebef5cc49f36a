import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedIds, learnPageSchema } from '../../../src/learn/content-schema';
import { LEARN_SLUGS } from '../../../src/learn/pages';
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

describe('Learn content', () => {
  for (const language of languages) {
    for (const slug of LEARN_SLUGS) {
      describe(`${language}/${slug}`, () => {
        const raw: unknown = JSON.parse(readFileSync(join(LOCALES, language, 'learn', `${slug}.json`), 'utf8'));

        it('has the page shape (title, sections, references with https links, next step)', () => {
          expect(() => learnPageSchema.parse(raw)).not.toThrow();
        });

        it('cites only references that exist, and lists only references it cites', () => {
          const page = learnPageSchema.parse(raw);
          const listed = page.references.map((r) => r.id);
          const cited = citedIds(page);
          expect(cited.filter((id) => !listed.includes(id)), 'cited but not listed').toEqual([]);
          expect(listed.filter((id) => !cited.includes(id)), 'listed but never cited').toEqual([]);
          expect(new Set(listed).size).toBe(listed.length);
        });

        it('gives every paragraph of fact at least one reference', () => {
          const page = learnPageSchema.parse(raw);
          const sectionsWithoutAny = page.sections.filter((s) => !JSON.stringify(s.blocks).match(/\[\d+\]/));
          // A section may be pure guidance (e.g. how to talk to a clinician), but most carry sources.
          expect(sectionsWithoutAny.length).toBeLessThanOrEqual(Math.floor(page.sections.length / 2));
        });
      });
    }
  }

  it('has a file for every page in every language, and no stray pages', () => {
    for (const language of languages) {
      const files = readdirSync(join(LOCALES, language, 'learn')).map((f) => f.replace(/\.json$/, '')).sort();
      expect(files).toEqual([...LEARN_SLUGS].sort());
    }
  });
});

describe('the seed article’s wrong claims', () => {
  it('appear in no locale file', () => {
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
