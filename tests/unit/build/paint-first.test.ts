// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryLoader, paintFirst } from '../../../scripts/vite/prerender';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const PAGE = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <link rel="stylesheet" crossorigin href="/assets/page-1.css">
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-2.css">
    <link rel="manifest" href="/manifest.webmanifest">
    <link rel="modulepreload" crossorigin href="/assets/boot-3.js">
    <link rel="modulepreload" crossorigin href="/assets/page-4.js">
  </head><body><div id="root" data-prerendered="/x"><h1>Hi</h1></div></body></html>`;
const CSS: Record<string, string> = { '/assets/page-1.css': '.a{color:red}\n', '/assets/index-2.css': '.b{color:blue}' };

describe('what a page waits for before its first paint (issue 26): its HTML only', () => {
  const { html, styleHash, scriptHash } = paintFirst(PAGE, (path) => CSS[path]!);

  it("inlines the page's stylesheets into one <style>, in their order, allowed by its hash in the meta CSP", () => {
    expect(html).toContain('<style>.a{color:red}\n.b{color:blue}</style>');
    expect(html).not.toMatch(/rel="stylesheet"/);
    expect(styleHash).toBe(sha('.a{color:red}\n.b{color:blue}'));
    expect(html).toContain(`style-src 'self' '${styleHash}'`);
  });

  it('asks for the entry script only once the page has painted, by inline lines allowed by their hash', () => {
    expect(html).not.toMatch(/<script type="module"/);
    const loader = entryLoader('/assets/index-abc.js');
    expect(html).toContain(`<script>${loader}</script>`);
    expect(loader).toContain("s.src='/assets/index-abc.js'");
    expect(loader).toContain("observe({type:'paint',buffered:true})");
    expect(scriptHash).toBe(sha(loader));
    expect(html).toContain(`script-src 'self' '${scriptHash}'`);
    expect(() => entryLoader("/assets/x.js';alert(1)//")).toThrow(/unexpected entry script/);
  });

  it('moves the module preloads and the manifest out of the head: the entry script adds them after the paint', () => {
    expect(html).not.toMatch(/modulepreload|rel="manifest"/);
    expect(html).toContain('<div id="root" data-preload="/assets/boot-3.js /assets/page-4.js" data-prerendered="/x">');
  });
});
