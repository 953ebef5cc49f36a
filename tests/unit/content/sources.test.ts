import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_REFERENCES } from '../../../src/results/references';
import { CLINICIANS_REFERENCES } from '../../../src/clinicians/references';
import { REGIONS } from '../../../src/regions';

const root = join(__dirname, '../../..');
const normalise = (url: string) => url.trim().replace(/[.,;]+$/, '').replace(/\/+$/, '').toLowerCase();

/** Every link in docs/sources.md. */
function listedSources(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/https?:\/\/[^\s|)<>"]+/g)].map((match) => normalise(match[0])));
}

/** Every `url` in the content strings (the references of Learn pages, the family guide...), by file. */
function contentLinks(dir: string, found: Map<string, string[]> = new Map()): Map<string, string[]> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) contentLinks(path, found);
    else if (name.endsWith('.json')) {
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
          const { url } = node as { url?: unknown };
          if (typeof url === 'string') found.set(url, [...(found.get(url) ?? []), path.slice(root.length + 1)]);
          Object.values(node).forEach(visit);
        }
      };
      visit(JSON.parse(readFileSync(path, 'utf8')));
    }
  }
  return found;
}

const listed = listedSources(readFileSync(join(root, 'docs/sources.md'), 'utf8'));
const missing = (urls: Iterable<string>) => [...urls].filter((url) => !listed.has(normalise(url)));

describe('the project carries its own sources (docs/sources.md)', () => {
  it('lists every reference link in the Learn pages, the family guide and the other content strings [H19]', () => {
    const links = contentLinks(join(root, 'src/locales'));
    expect(links.size).toBeGreaterThan(40);
    expect(missing(links.keys())).toEqual([]);
  });

  it('lists every source of the results page and the clinicians page [H19]', () => {
    expect(missing(RESULTS_REFERENCES.map((ref) => ref.url))).toEqual([]);
    expect(missing(CLINICIANS_REFERENCES.map((ref) => ref.url))).toEqual([]);
  });

  it("lists every service's web address in the region data", () => {
    const web = REGIONS.flatMap((region) =>
      region.resources.flatMap((resource) => resource.contacts.filter((c) => c.kind === 'web' || c.kind === 'chat').map((c) => c.value)),
    );
    expect(web.length).toBeGreaterThan(3);
    expect(missing(web)).toEqual([]);
  });

  it('would notice a link that is not listed', () => {
    expect(missing(['https://example.org/a-study-nobody-read'])).toEqual(['https://example.org/a-study-nobody-read']);
  });

  it('cites DOIs or PubMed records, never a PubMed search', () => {
    const searches = [...contentLinks(join(root, 'src/locales')).keys()].filter((url) => /pubmed\.ncbi\.nlm\.nih\.gov\/\?|[?&]term=/.test(url));
    expect(searches).toEqual([]);
  });
});
