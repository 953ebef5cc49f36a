import type { Plugin } from 'vite';
import common from '../../src/locales/en/common.json' with { type: 'json' };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Fills index.html's `<!--app-noscript-->` from the English locale, so that with JavaScript off the page
 * still says what the app is and shows the crisis contacts, and its words live in the locale files.
 */
export function noscriptContent(): Plugin {
  const c = common;
  const html = `<noscript>
      <div class="noscript width-container">
        <h1>${escape(c.appName)}</h1>
        <p>${escape(c.noscript.about)}</p>
        <p>${escape(c.noscript.needsJs)}</p>
        <h2>${escape(c.crisis.heading)}</h2>
        <p>${escape(c.crisis.lead)}</p>
        <ul>
          <li>${escape(c.crisis.lifeline)}: <a href="tel:988">${escape(c.crisis.call988)}</a> · <a href="sms:988">${escape(c.crisis.text988)}</a> · <a href="https://988lifeline.org/" rel="noopener noreferrer">${escape(c.crisis.chat988)}</a></li>
          <li>${escape(c.crisis.crisisTextLine)}: <a href="sms:741741?&amp;body=HOME">${escape(c.crisis.textHome)}</a></li>
          <li><a href="tel:911">${escape(c.crisis.emergency.replace('{{number}}', '911'))}</a></li>
        </ul>
      </div>
    </noscript>`;
  return {
    name: 'app-noscript',
    transformIndexHtml: (source) => source.replace('<!--app-noscript-->', html),
  };
}
