import { BlocksRenderer } from '@strapi/blocks-react-renderer';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { blockComponents } from '@/components/blocks/block-components';
import { toBlocks } from '@/lib/cms/blocks';
import { blocksToFeedHtml } from './feed-html';

const SITE = 'https://fractie.example';
const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});

/** Every kind of block and mark, with text that must be escaped and URLs that must become absolute. */
const BODY = toBlocks([
  { type: 'heading', level: 1, children: [text('Vraag & antwoord', { bold: true })] },
  { type: 'heading', level: 4, children: [text('Kleiner')] },
  {
    type: 'paragraph',
    children: [
      text('<script>alert(1)</script> '),
      text('vet en schuin', { bold: true, italic: true }),
      text('onder', { underline: true }),
      text('door', { strikethrough: true }),
      text('code', { code: true }),
      text('regel een\nregel twee'),
      { type: 'link', url: 'https://a.example/?x="1"', children: [text('buiten')] },
      { type: 'link', url: '/berichten/ander-bericht', children: [text('binnen', { italic: true })] },
      { type: 'link', url: 'mailto:fractie@example.org', children: [text('mail')] },
    ],
  },
  { type: 'paragraph', children: [text('')] },
  {
    type: 'list',
    format: 'ordered',
    children: [
      { type: 'list-item', children: [text('een')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('genest')] }] },
    ],
  },
  { type: 'quote', children: [text('citaat', { italic: true })] },
  { type: 'code', children: [text('Verzoekt het college,\n  1. a < b')] },
  {
    type: 'image',
    image: {
      url: '/uploads/kaart_1.jpg',
      alternativeText: 'Kaart "oud"',
      caption: 'Bijschrift',
      width: 1600,
      height: 900,
      formats: { small: { url: '/uploads/small_kaart_1.jpg', width: 500, height: 281 } },
    },
  },
]);

describe('blocksToFeedHtml', () => {
  it('is exactly what Strapi’s renderer makes with the same components', () => {
    const byLibrary = renderToStaticMarkup(
      <BlocksRenderer content={BODY} {...blockComponents({ siteUrl: SITE })} />,
    );
    // React 19 adds a preload hint for an image that is not lazy: for a page's head, not a feed.
    expect(blocksToFeedHtml(BODY, SITE)).toBe(byLibrary.replace(/^<link rel="preload"[^>]*\/>/, ''));
  });

  it('escapes text and attributes, and makes site paths absolute', () => {
    const html = blocksToFeedHtml(BODY, SITE);
    expect(html).toContain('<h2><strong>Vraag &amp; antwoord</strong></h2>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://a.example/?x=%221%22" rel="noopener noreferrer">buiten</a>');
    expect(html).toContain('<a href="https://fractie.example/berichten/ander-bericht"><em>binnen</em></a>');
    expect(html).toContain('regel een<br/>regel twee');
    expect(html).toContain('<pre><code>Verzoekt het college,\n  1. a &lt; b</code></pre>');
    expect(html).toContain(
      '<img src="https://fractie.example/uploads/kaart_1.jpg" alt="Kaart &quot;oud&quot;" width="1600" height="900"/>',
    );
    expect(html).toContain('<figcaption>Bijschrift</figcaption>');
  });
});
