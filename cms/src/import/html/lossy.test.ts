import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const convert = (html: string) => htmlToBlocks(html, options);
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('what blocks cannot hold is reported', () => {
  it('keeps a table as one paragraph per row, cells joined with " | "', () => {
    const html =
      '<p>Uitslag:</p><table><thead><tr><th>Motie</th><th>Voor</th></tr></thead><tbody><tr><td><p>Armoede</p></td><td>20</td></tr><tr><td>Groen</td><td><b>18</b></td></tr></tbody></table>';
    const { blocks, lossy } = convert(html);
    expect(blocks).toEqual([
      paragraph('Uitslag:'),
      paragraph('Motie | Voor'),
      paragraph('Armoede | 20'),
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Groen | ' },
          { type: 'text', text: '18', bold: true },
        ],
      },
    ]);
    expect(lossy).toEqual([
      { what: 'table', detail: expect.stringContaining('"Motie | Voor / Armoede | 20 / Groen | 18"') },
    ]);
  });

  it('reports a nested table once, as part of its table', () => {
    const { lossy } = convert(
      '<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>',
    );
    expect(lossy.map((note) => note.what)).toEqual(['table']);
  });

  it('replaces an iframe with a link to its address', () => {
    const { blocks, lossy } = convert(
      '<p>De vergadering:</p><iframe width="560" src="//www.youtube.com/embed/abcdefghijk" allowfullscreen></iframe>',
    );
    expect(blocks).toEqual([
      paragraph('De vergadering:'),
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://www.youtube.com/embed/abcdefghijk',
            children: [{ type: 'text', text: 'https://www.youtube.com/embed/abcdefghijk' }],
          },
        ],
      },
    ]);
    expect(lossy).toEqual([
      { what: 'iframe', detail: expect.stringContaining('https://www.youtube.com/embed/abcdefghijk') },
    ]);
  });

  it('drops an iframe without a web address, with a note', () => {
    const { blocks, lossy } = convert('<iframe src="javascript:alert(1)"></iframe>');
    expect(blocks).toEqual([]);
    expect(lossy.map((note) => note.what)).toEqual(['iframe']);
  });

  it.each([
    ['<script>alert("stem")</script>', 'script', 'alert("stem")'],
    ['<script src="https://ads.example/a.js"></script>', 'script', 'https://ads.example/a.js'],
    ['<style>p { color: red }</style>', 'other', '<style>'],
    [
      '<form action="/verstuur"><label>Naam</label><input name="naam"><button>Verstuur</button></form>',
      'form',
      'Naam',
    ],
    ['<input type="text">', 'form', '<input>'],
    [
      '<object width="425"><param name="movie" value="http://www.youtube.com/v/abc"><embed src="http://www.youtube.com/v/abc"></embed></object>',
      'embed',
      'http://www.youtube.com/v/abc',
    ],
    ['<embed src="https://oud.example/kaart.swf">', 'embed', 'https://oud.example/kaart.swf'],
    ['<svg><text>Logo</text></svg>', 'other', '<svg>'],
  ])('drops %s with a note', (html, what, quoted) => {
    const { blocks, lossy } = convert(`<p>Voor</p>${html}<p>Na</p>`);
    expect(blocks).toEqual([paragraph('Voor'), paragraph('Na')]);
    expect(lossy).toEqual([{ what, detail: expect.stringContaining(quoted) }]);
  });

  it('drops what no reader saw without a note', () => {
    const html = '<p>Foto</p><noscript><img src="/a.jpg"></noscript><template><p>Sjabloon</p></template>';
    expect(convert(html)).toEqual({ blocks: [paragraph('Foto')], lossy: [] });
  });

  it('keeps a note’s quote to 120 characters', () => {
    const { lossy } = convert(`<script>${'x'.repeat(500)}</script>`);
    const quoted = /"(.*)"/.exec(lossy[0]?.detail ?? '')?.[1] ?? '';
    expect(quoted.length).toBe(120);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('turns <video> and <audio> into a link like the shortcodes', () => {
    const { blocks, lossy } = convert(
      '<video controls><source src="https://oud.example/raad.mp4" type="video/mp4"></video>',
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://oud.example/raad.mp4',
            children: [{ type: 'text', text: 'Bekijk de video' }],
          },
        ],
      },
    ]);
    expect(lossy).toEqual([]);
  });
});
