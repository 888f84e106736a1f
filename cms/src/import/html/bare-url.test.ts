import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const convert = (html: string) => htmlToBlocks(html, options);
const linkParagraph = (url: string) => ({
  type: 'paragraph',
  children: [{ type: 'link', url, children: [{ type: 'text', text: url }] }],
});
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('bare URLs', () => {
  it('turns a URL on a line of its own into a paragraph with a link (WordPress auto-embed)', () => {
    const html =
      'Bekijk de uitzending:\nhttps://www.youtube.com/watch?v=abcdefghijk\n\nhttps://raad.example/vergadering/12';
    expect(convert(html).blocks).toEqual([
      paragraph('Bekijk de uitzending:'),
      linkParagraph('https://www.youtube.com/watch?v=abcdefghijk'),
      linkParagraph('https://raad.example/vergadering/12'),
    ]);
  });

  it('leaves a URL inside a sentence as text', () => {
    expect(convert('<p>Zie https://raad.example voor meer.</p>').blocks).toEqual([
      paragraph('Zie https://raad.example voor meer.'),
    ]);
  });
});
