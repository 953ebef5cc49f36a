import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMarkers, replaceOnce, TemplateError } from '../../../scripts/vite/template';

describe('filling the page template fails loudly', () => {
  it('replaces exactly one occurrence, and throws on none or several', () => {
    expect(replaceOnce('<title>x</title>', /<title>[^<]*<\/title>/, '<title>y</title>', 'title')).toBe('<title>y</title>');
    expect(() => replaceOnce('<head></head>', '<div id="root"></div>', 'x', 'root element')).toThrow(TemplateError);
    expect(() => replaceOnce('<p></p><p></p>', '<p></p>', 'x', 'paragraph')).toThrow('expected exactly one paragraph');
    // A replacement with "$&" or "$1" is written as it is, not read as a pattern.
    expect(replaceOnce('a', 'a', '$&$1', 'a')).toBe('$&$1');
  });

  it('fills every marker, and throws on a missing one or one left unfilled', () => {
    expect(fillMarkers('<!--app:head--><!--app:noscript-->', { head: 'H', noscript: 'N' })).toBe('HN');
    expect(() => fillMarkers('<!--app:noscript-->', { head: 'H', noscript: 'N' })).toThrow('expected exactly one <!--app:head--> marker');
    expect(() => fillMarkers('<!--app:head--><!--app:extra-->', { head: 'H' })).toThrow('unfilled markers <!--app:extra-->');
  });

  it('index.html has each marker the prerenderer fills, once', () => {
    const html = readFileSync(join(__dirname, '../../../index.html'), 'utf8');
    expect(() => fillMarkers(html, { head: '', noscript: '' })).not.toThrow();
  });
});
