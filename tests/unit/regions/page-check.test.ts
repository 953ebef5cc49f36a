import { describe, expect, it } from 'vitest';
import { checkPage, readable } from '../../../scripts/vite/number-check';
import { REGIONS } from '../../../src/regions';

const region = (id: string) => REGIONS.find((r) => r.id === id)!;
const page = (body: string) =>
  `<!doctype html><html lang="x"><head><title>Page</title><link rel="alternate" hreflang="en-US" href="https://x/"></head><body>${body}</body></html>`;
const ukBar = '<a href="tel:116123">Samaritans: 116 123</a> <a href="tel:999">Emergency: 999</a>';
const esBar = '<a href="tel:024">Línea 024</a> <a href="tel:112">Emergencias: 112</a>';

describe('the build’s page check (scripts/vite/number-check.ts)', () => {
  it('passes a page with its own country’s numbers only', () => {
    expect(checkPage(page(`${ukBar}<p>Call 999 if a life is at risk.</p>`), region('uk'), REGIONS)).toEqual({ foreign: [], missing: [], placeholders: [] });
    expect(checkPage(page(`<a href="tel:988">Call or text 9-8-8</a><a href="tel:911">911</a>`), region('ca'), REGIONS).foreign).toEqual([]);
  });

  it('finds another country’s numbers, in text and in links [H3]', () => {
    expect(checkPage(page(`${ukBar}<p>Call 911 right away.</p>`), region('uk'), REGIONS).foreign).toEqual(['911']);
    expect(checkPage(page(`${ukBar}<a href="tel:988">Help</a>`), region('uk'), REGIONS).foreign).toEqual(['988']);
    expect(checkPage(page(`${esBar}<p>Llame o envíe un mensaje de texto al 988.</p>`), region('es'), REGIONS).foreign).toEqual(['988']);
    expect(checkPage(page(`${esBar}<p>chatee en 988lifeline.org</p>`), region('es'), REGIONS).foreign).toContain('988lifeline.org');
    // A 1-800 number outside the US, even one no region lists (the retired Lifeline number).
    expect(checkPage(page(`${ukBar}<p>Call 1-800-273-8255.</p>`), region('uk'), REGIONS).foreign).toEqual(['1-800-273-8255']);
    // Canada's overdose line is not the US's.
    expect(checkPage(page('<a href="tel:988">988</a><a href="tel:911">911</a><p>1-888-688-6677</p>'), region('us'), REGIONS).foreign).toContain('1-888-688-6677');
  });

  it('finds a missing crisis line or emergency number, and unfilled placeholders [H3]', () => {
    expect(checkPage(page('<p>Nothing here.</p>'), region('es'), REGIONS).missing).toEqual(['crisis line tel:024', 'emergency tel:112']);
    expect(checkPage(page(`${esBar}<p>Llame al {{emergency}}</p>`), region('es'), REGIONS).placeholders).toEqual(['{{emergency}}']);
  });

  it('reads what a reader sees: not the head’s links, not numbers inside longer numbers', () => {
    expect(readable(page('<p>doi:10.1111/adb.70127 and 2112</p>'))).not.toContain('hreflang');
    expect(checkPage(page(`${esBar}<p>doi:10.1111/adb.70127; 2112; 104 135 people; 13,1 %</p>`), region('es'), REGIONS).foreign).toEqual([]);
  });
});
