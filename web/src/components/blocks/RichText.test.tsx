import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '@/lib/cms/blocks';
import { RichText } from './RichText';

const render = (raw: unknown[]) => renderToStaticMarkup(<RichText blocks={toBlocks(raw)} />);
const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});

describe('RichText', () => {
  it('renders paragraphs with every text mark', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [
          text('vet', { bold: true }),
          text('schuin', { italic: true }),
          text('onder', { underline: true }),
          text('door', { strikethrough: true }),
          text('code', { code: true }),
        ],
      },
    ]);
    expect(html).toBe(
      '<div class="content"><p><strong>vet</strong><em>schuin</em><u>onder</u><s>door</s><code>code</code></p></div>',
    );
  });

  it('renders headings at their level, lists, quotes and code', () => {
    const html = render([
      { type: 'heading', level: 3, children: [text('Kop')] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('een')] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('twee')] }] },
      { type: 'quote', children: [text('Citaat')] },
      { type: 'code', children: [text('Verzoekt het college,\n  1. …')] },
    ]);
    expect(html).toContain('<h3>Kop</h3>');
    expect(html).toContain('<ol><li>een</li></ol>');
    expect(html).toContain('<ul><li>twee</li></ul>');
    expect(html).toContain('<blockquote><p>Citaat</p></blockquote>');
    expect(html).toContain('<pre><code>Verzoekt het college,\n  1. …</code></pre>');
  });

  it('renders links safely and drops unsafe ones', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.org/a', children: [text('goed')] },
          { type: 'link', url: 'JaVaScRiPt:alert(1)', children: [text('slecht')] },
          { type: 'link', url: 'mailto:fractie@example.org', children: [text('mail')] },
        ],
      },
    ]);
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">goed</a>');
    expect(html).toContain('slecht');
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('<a href="mailto:fractie@example.org">mail</a>');
  });

  it('shows markup in text as text', () => {
    const html = render([{ type: 'paragraph', children: [text('<script>alert(1)</script>')] }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders an image block as a figure with alt text and caption', () => {
    const html = render([
      {
        type: 'image',
        image: {
          url: '/uploads/kaart_1.jpg',
          alternativeText: 'Kaart van de wijk',
          caption: 'De wijk',
          width: 800,
          height: 600,
        },
      },
    ]);
    expect(html).toContain(
      '<figure class="content-image"><img src="/uploads/kaart_1.jpg" alt="Kaart van de wijk" width="800" height="600"',
    );
    expect(html).toContain('<figcaption>De wijk</figcaption>');
  });

  it('offers Strapi’s smaller copies of a content image to phones', () => {
    const html = render([
      {
        type: 'image',
        image: {
          url: '/uploads/kaart_1.jpg',
          alternativeText: 'Kaart',
          width: 1600,
          height: 900,
          formats: {
            medium: { url: '/uploads/medium_kaart_1.jpg', width: 750, height: 422 },
            small: { url: '/uploads/small_kaart_1.jpg', width: 500, height: 281 },
            elders: { url: 'https://elders.example/x.jpg', width: 100, height: 50 },
          },
        },
      },
    ]);
    expect(html).toContain(
      'srcSet="/uploads/small_kaart_1.jpg 500w, /uploads/medium_kaart_1.jpg 750w, /uploads/kaart_1.jpg 1600w"',
    );
    expect(html).not.toContain('elders');
  });
});
