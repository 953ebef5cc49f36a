/**
 * The build's page check: every prerendered page of every version must show its own country's crisis
 * line and emergency number, and no other country's number, text code or service address (988 on an
 * en-GB page, 911 on an es-ES page, a 1-800 number outside the US), and no unfilled `{{placeholder}}`.
 * It reads what a reader sees (the visible text and the title) and where links lead (tel:, sms:, https:).
 */
import { crisisLineOf } from '../../src/regions/index.ts';
import { findLiterals, foreignLiterals, regionLiterals, TOLL_FREE } from '../../src/regions/literals.ts';
import type { Region } from '../../src/regions/types.ts';

/** What a reader of the page sees and can follow: visible text, the title, and link targets. */
export function readable(html: string): string {
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/i, (head) => /<title>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  const links = [...body.matchAll(/href="((?:tel|sms|https?):[^"]*)"/gi)].map((m) => m[1]);
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
  return `${text}\n${links.join('\n')}`;
}

export interface PageProblems {
  /** Another country's numbers or addresses found on the page. */
  readonly foreign: string[];
  /** This country's crisis line or emergency number missing. */
  readonly missing: string[];
  /** `{{name}}` left in the text. */
  readonly placeholders: string[];
}

export function checkPage(html: string, region: Region, regions: readonly Region[]): PageProblems {
  const text = readable(html);
  const own = new Set(regionLiterals(region));
  const tollFree = [...text.matchAll(TOLL_FREE)].map((m) => m[0]).filter((n) => !own.has(n));
  const foreign = [...new Set([...findLiterals(text, foreignLiterals(region, regions)), ...tollFree])];
  const line = crisisLineOf(region).contacts[0];
  const missing = [
    line && !text.includes(`tel:${line.value}`) ? `crisis line tel:${line.value}` : null,
    !text.includes(`tel:${region.emergency}`) ? `emergency tel:${region.emergency}` : null,
  ].filter((m): m is string => m !== null);
  const placeholders = [...new Set([...text.matchAll(/\{\{\s*\w+\s*\}\}/g)].map((m) => m[0]))];
  return { foreign, missing, placeholders };
}
