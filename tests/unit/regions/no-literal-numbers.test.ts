/**
 * Prose never holds a phone number, a text code's number, an emergency number or a service's web address:
 * it names them through the reader's region (`{{emergency}}`, `{{crisisAction}}`, a service id, or a
 * block that lists the region's services). Each country's numbers live in one place, src/regions/<id>.ts.
 *
 * The only literals allowed in locale files:
 * - in the `resources` and `services` namespaces, under a country's own key, that country's own (a
 *   service's name such as "FindTreatment.gov");
 * - in a Learn page's or the family guide's references (a source's title or link, e.g. 988lifeline.org),
 *   when every text that cites the reference shows only in that country.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/regions';
import { findLiterals, regionLiterals, TOLL_FREE } from '../../../src/regions/literals';
import { blockTexts, shownIn, textOf, type ContentBlock, type RegionalText } from '../../../src/ui/content-schema';

const LOCALES = resolve(process.cwd(), 'src/locales');
const ALL = [...new Set(REGIONS.flatMap(regionLiterals))];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

/** Every string in a JSON value, with its path. */
function strings(node: unknown, path: string[] = []): { path: string[]; value: string }[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => strings(item, [...path, String(index)]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, [...path, key]));
  return [];
}

/** The literals of any country (and any toll-free number) in a text. */
export function literalsIn(text: string): string[] {
  return [...new Set([...findLiterals(text, ALL), ...[...text.matchAll(TOLL_FREE)].map((m) => m[0])])];
}

interface Content {
  sections?: { regions?: string[]; blocks: ContentBlock[] }[];
  emergency?: Record<string, { steps: RegionalText[] }>;
  checklist?: { groups: { signs: { text: string }[] }[] };
  references?: { id: number; title: string; publisher: string; url: string }[];
}

/** For each reference id: the countries in which some visible text cites it. */
function citingRegions(content: Content): Map<number, Set<string>> {
  const cited = new Map<number, Set<string>>();
  for (const region of REGIONS) {
    const texts = [
      ...(content.sections ?? []).flatMap((s) => (shownIn(s, region.id) ? s.blocks.flatMap((b) => blockTexts(b, region.id)) : [])),
      ...Object.values(content.emergency ?? {}).flatMap((e) => e.steps.filter((s) => shownIn(s, region.id)).map(textOf)),
      ...(content.checklist?.groups ?? []).flatMap((g) => g.signs.map((s) => s.text)),
    ];
    for (const text of texts) for (const m of text.matchAll(/\[(\d+)\]/g)) cited.set(Number(m[1]), (cited.get(Number(m[1])) ?? new Set()).add(region.id));
  }
  return cited;
}

function problems(file: string, json: unknown): string[] {
  const name = relative(LOCALES, file);
  const namespace = name.split('/').slice(1).join('/').replace(/\.json$/, '');
  const out: string[] = [];
  const cited = namespace.startsWith('learn/') || namespace === 'family/guide' ? citingRegions(json as Content) : null;
  for (const { path, value } of strings(json)) {
    const found = literalsIn(value);
    if (found.length === 0) continue;
    const [first, second] = path;
    // A country's own wording in resources/services may name its own services.
    if ((namespace === 'resources' || namespace === 'services') && first) {
      const region = REGIONS.find((r) => r.id === first);
      const own = region ? regionLiterals(region) : [];
      if (region && found.every((literal) => own.includes(literal))) continue;
    }
    // A reference may name a service when only that country's texts cite it.
    if (cited && first === 'references' && second !== undefined) {
      const ref = (json as Content).references?.[Number(second)];
      const countries = [...(cited.get(ref?.id ?? -1) ?? [])];
      const owners = REGIONS.filter((r) => found.every((literal) => regionLiterals(r).includes(literal)));
      if (countries.length > 0 && countries.every((c) => owners.some((o) => o.id === c))) continue;
      out.push(`${name} ${path.join('.')}: reference names ${found.join(', ')} but is cited in ${countries.join(', ') || 'no country'}`);
      continue;
    }
    out.push(`${name} ${path.join('.')}: ${found.join(', ')} in "${value}"`);
  }
  return out;
}

describe('no phone number, text code or service address in any locale string', () => {
  for (const file of files(LOCALES)) {
    it(`${relative(LOCALES, file)} [H3]`, () => {
      expect(problems(file, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }

  it('the check can fail: a number in prose, another country’s number in a country’s wording, a reference cited everywhere [H3]', () => {
    const common = join(LOCALES, 'en/common.json');
    expect(problems(common, { start: { help: 'Call 911 right away' } })).toHaveLength(1);
    expect(problems(common, { x: 'Call or text 988' })).toHaveLength(1);
    expect(problems(common, { x: 'Samaritans: 116 123' })).toHaveLength(1);
    expect(problems(common, { x: 'call 1-800-273-8255' })).toHaveLength(1);
    expect(problems(common, { x: 'chat at 988lifeline.org' })).toHaveLength(1);
    expect(problems(common, { x: 'In 2112, 104,135 people; call {{emergency}}' })).toEqual([]);
    expect(problems(join(LOCALES, 'en/resources.json'), { uk: { crisisBar: 'Call 988' } })).toHaveLength(1);
    expect(problems(join(LOCALES, 'en/resources.json'), { us: { findTreatment: { name: 'FindTreatment.gov' } } })).toEqual([]);
    const page = {
      sections: [{ blocks: [{ type: 'p', text: 'Help is there [1].' }] }],
      references: [{ id: 1, title: '988 Suicide & Crisis Lifeline', publisher: 'x', url: 'https://988lifeline.org' }],
    };
    expect(problems(join(LOCALES, 'en/learn/getting-help.json'), page)).toHaveLength(2);
    const usOnly = { ...page, sections: [{ regions: ['us'], blocks: [{ type: 'p', text: 'Help is there [1].' }] }] };
    expect(problems(join(LOCALES, 'en/learn/getting-help.json'), usOnly)).toEqual([]);
  });
});
