/**
 * Filling the built index.html for each prerendered page, loudly: every piece must be found exactly once,
 * so a change to the template that moves or drops a placeholder fails the build instead of shipping pages
 * without their content, language or title.
 */
export class TemplateError extends Error {}

/** Replaces the one occurrence of `search` (a string or a regular expression); throws on none or several. */
export function replaceOnce(source: string, search: string | RegExp, replacement: string, what: string): string {
  const pattern = typeof search === 'string' ? new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(search.source, 'g');
  const count = [...source.matchAll(pattern)].length;
  if (count !== 1) throw new TemplateError(`index.html template: expected exactly one ${what} (${String(search)}), found ${count}`);
  return source.replace(pattern, () => replacement);
}

/** Fills `<!--app:name-->` markers; throws when one is missing, and when any marker is left unfilled. */
export function fillMarkers(source: string, fills: Readonly<Record<string, string>>): string {
  let out = source;
  for (const [name, value] of Object.entries(fills)) out = replaceOnce(out, `<!--app:${name}-->`, value, `<!--app:${name}--> marker`);
  const left = out.match(/<!--app:[\w-]+-->/g);
  if (left) throw new TemplateError(`index.html template: unfilled markers ${left.join(', ')}`);
  return out;
}

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
