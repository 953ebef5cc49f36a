/**
 * The numbers and addresses of each country's services, as they can appear in text: the way they are shown
 * ("1-800-662-4357", "116 123"), the way they are dialled ("18006624357"), and web addresses by host
 * ("988lifeline.org"). Used by the checks that keep another country's numbers off every page:
 * tests/unit/regions/no-literal-numbers.test.ts (no number in any locale string) and the build's page
 * check (scripts/vite/number-check.ts: no page shows another country's number).
 */
import type { Region } from './types';

/** Every literal of one region's services and emergency number. */
export function regionLiterals(region: Region): string[] {
  const out = new Set<string>([region.emergency]);
  for (const resource of region.resources) {
    for (const contact of resource.contacts) {
      if (contact.kind === 'web' || contact.kind === 'chat') {
        out.add(new URL(contact.value).hostname.replace(/^www\./, '').toLowerCase());
      } else {
        out.add(contact.display);
        out.add(contact.value);
      }
    }
  }
  return [...out];
}

/** Any US-style toll-free number ("1-800-…", "1-888-…"), whoever it belongs to. */
export const TOLL_FREE = /(?<![\d-])1-8\d\d-\d{3}-\d{4}(?![\d-])/g;

function pattern(literal: string): RegExp {
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A number stands alone (not inside a longer number: "2112" holds no 112); a host is matched anywhere.
  return /^[\d -]+$/.test(literal) ? new RegExp(`(?<![\\d-])${escaped}(?![\\d-]|\\s\\d)`, 'gi') : new RegExp(escaped, 'gi');
}

/** The literals found in a text (each once). */
export function findLiterals(text: string, literals: readonly string[]): string[] {
  return literals.filter((literal) => pattern(literal).test(text));
}

/** Literals of other regions that are not also this region's own (988 is both the US's and Canada's). */
export function foreignLiterals(own: Region, regions: readonly Region[]): string[] {
  const mine = new Set(regionLiterals(own));
  return [...new Set(regions.filter((r) => r.id !== own.id).flatMap(regionLiterals))].filter((literal) => !mine.has(literal));
}
