import { describe, expect, it } from 'vitest';
import { STATIC_DOCUMENT_TAG } from '../src/lib/static-document';
import { asStaticDocument } from './static-document';

const SHARE_SCRIPT = '(function(s){document.title=s.title})({"title":"Wat self.__next_f doet"})';
const STREAMED_PART = '$RC("B:0","S:0")';

/** The shape of an article as Next 16 (Turbopack) writes it, shortened. */
const page = (marker: string) =>
  [
    '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<link rel="preload" as="image" href="/uploads/cover.jpg"/>',
    '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    `<title>Werkbezoek</title>${marker}</head><body><main><h1>Werkbezoek</h1>`,
    '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    `<ul class="share__list"></ul><script>${SHARE_SCRIPT}</script>`,
    `<div hidden id="S:0"><p>Later</p></div><script>${STREAMED_PART}</script></main>`,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
    '</body></html>',
  ].join('');

describe('asStaticDocument', () => {
  it("takes Next's scripts, their preloads and the hydration payload out of a page that asks for it", () => {
    const html = asStaticDocument(Buffer.from(page(STATIC_DOCUMENT_TAG))).toString();

    expect(html).not.toContain('/_next/static/chunks/react-dom.js');
    expect(html).not.toContain('/_next/static/chunks/polyfills.js');
    expect(html).not.toContain('webpack.js');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('__next_f=');
    expect(html).not.toContain('__next_f.push');
  });

  it("keeps the page's own scripts, React's streamed parts, the styles and the picture preload", () => {
    const html = asStaticDocument(Buffer.from(page(STATIC_DOCUMENT_TAG))).toString();

    expect(html).toContain(`<script>${SHARE_SCRIPT}</script>`);
    expect(html).toContain(`<script>${STREAMED_PART}</script>`);
    expect(html).toContain('<script type="application/ld+json">{"@type":"BlogPosting"}</script>');
    expect(html).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    );
    expect(html).toContain('<link rel="preload" as="image" href="/uploads/cover.jpg"/>');
    expect(html).toMatch(/<h1>Werkbezoek<\/h1>[\s\S]*<\/body><\/html>$/);
  });

  it('leaves every other page as it is, byte for byte', () => {
    const other = Buffer.from(page(''));

    expect(asStaticDocument(other)).toBe(other);
  });
});
