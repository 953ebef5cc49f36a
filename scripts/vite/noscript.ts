import type { Plugin } from 'vite';
import text from '../../src/locales/en/static.json' with { type: 'json' };

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The crisis contacts as plain HTML, for pages read with JavaScript off that have no header of their own. */
export function crisisContactsHtml(): string {
  const c = text.crisis;
  return `<h2>${escapeHtml(c.heading)}</h2>
        <ul>
          <li>${escapeHtml(c.lifeline)}: <a href="tel:988">${escapeHtml(c.call988)}</a> · <a href="sms:988">${escapeHtml(c.text988)}</a> · <a href="https://988lifeline.org/" rel="noopener noreferrer">${escapeHtml(c.chat988)}</a></li>
          <li>${escapeHtml(c.crisisTextLine)}: <a href="sms:741741?&amp;body=HOME">${escapeHtml(c.textHome)}</a></li>
          <li><a href="tel:911">${escapeHtml(c.emergency.replace('{{number}}', '911'))}</a></li>
        </ul>`;
}

/**
 * Fills index.html's `<!--app-noscript-->` from the English locale: with JavaScript off, every page starts
 * with a one-line note that the check-in needs it. Prerendered pages carry their own content and the crisis
 * bar; the shell (prerender.ts) adds the crisis contacts itself.
 */
export function noscriptContent(): Plugin {
  const html = `<noscript><p class="noscript width-container"><strong>${escapeHtml(text.noscript.needsJs)}</strong></p></noscript>`;
  return {
    name: 'app-noscript',
    transformIndexHtml: (source) => source.replace('<!--app-noscript-->', html),
  };
}
