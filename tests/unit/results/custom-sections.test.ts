// @vitest-environment node
/**
 * An instrument with its own presentation (TAPS) is found through its registration: the results page, the
 * handout and copy-as-text look up the section it names, and no results file names an instrument's section.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../src/instruments/registry';
import type { Instrument } from '../../../src/instruments/registry-types';
import { CUSTOM_SECTIONS, customSectionOf } from '../../../src/results/custom-sections';
import { CUSTOM_TEXT, customTextOf } from '../../../src/results/share/custom-text';

const root = join(import.meta.dirname, '../../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

describe('custom presentations, through the registration', () => {
  it('every custom section a registration names has its page section, handout rows and text lines', () => {
    const named = INSTRUMENTS.flatMap((i) => (i.presentation.kind === 'custom' ? [i.presentation.section] : []));
    expect(named.length).toBeGreaterThan(0);
    for (const section of named) {
      expect(CUSTOM_SECTIONS[section], section).toBeDefined();
      expect(CUSTOM_TEXT[section], section).toBeDefined();
    }
    expect(Object.keys(CUSTOM_TEXT).sort()).toEqual(Object.keys(CUSTOM_SECTIONS).sort());
  });

  it('a registration naming a section nobody provides fails loudly, never a results page without it', () => {
    const stray = { ...INSTRUMENTS[0]!, id: 'fixture', presentation: { kind: 'custom', section: 'nowhere' } } as Instrument;
    expect(() => customSectionOf(stray)).toThrow(/no section "nowhere" for fixture/);
    expect(() => customTextOf(stray)).toThrow(/no lines for section "nowhere"/);
    const banded = INSTRUMENTS.find((i) => i.presentation.kind === 'banded')!;
    expect(customSectionOf(banded)).toBeNull();
  });

  it('no results file names an instrument, by id or section, but the custom presentations themselves', () => {
    // The summary, the page, the handout, copy-as-text, the export, the rules and the references loop over
    // the registrations; only the TAPS's own presentation (substance-*, and the two tables naming it) knows it.
    const ids = INSTRUMENTS.map((i) => i.id).join('|');
    const naming = new RegExp(`section === '|instrument\\.id === '|['"](${ids})['"]`);
    const offenders = filesUnder(join(root, 'src/results'))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !/custom-sections\.tsx$|custom-text\.ts$|[/]substance-[a-z-]+\.tsx?$/.test(file))
      .filter((file) => naming.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
