import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type Block, type ConvertOptions, type ListItem } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const blocks = (html: string) => htmlToBlocks(html, options).blocks;
const text = (value: string) => ({ type: 'text', text: value });
const item = (value: string) => ({ type: 'list-item', children: [text(value)] });

describe('headings', () => {
  it.each([1, 2, 3, 4, 5, 6])('keeps level %i', (level) => {
    expect(blocks(`<h${level}>Onze  inbreng</h${level}>`)).toEqual([
      { type: 'heading', level, children: [text('Onze inbreng')] },
    ]);
  });

  it('keeps marks and links inside a heading, and drops an empty one', () => {
    expect(blocks('<h2><a href="https://raad.example">Raad</a> <em>live</em></h2><h3> </h3>')).toEqual([
      {
        type: 'heading',
        level: 2,
        children: [
          { type: 'link', url: 'https://raad.example', children: [text('Raad')] },
          text(' '),
          { type: 'text', text: 'live', italic: true },
        ],
      },
    ]);
  });
});

describe('lists', () => {
  it('keeps ordered and unordered lists', () => {
    expect(blocks('<ol><li>Motie</li><li>Amendement</li></ol><ul><li>Vragen</li></ul>')).toEqual([
      { type: 'list', format: 'ordered', children: [item('Motie'), item('Amendement')] },
      { type: 'list', format: 'unordered', children: [item('Vragen')] },
    ]);
  });

  it('nests a list inside the list it is nested in, text after it a new item', () => {
    const html = '<ul><li>Zorg<ul><li>Jeugdzorg</li><li>Wmo</li></ul>en verder</li><li>Wonen</li></ul>';
    expect(blocks(html)).toEqual([
      {
        type: 'list',
        format: 'unordered',
        children: [
          item('Zorg'),
          { type: 'list', format: 'unordered', children: [item('Jeugdzorg'), item('Wmo')] },
          item('en verder'),
          item('Wonen'),
        ],
      },
    ]);
  });

  it('joins the paragraphs of an item with a newline and leaves out empty items', () => {
    expect(blocks('<ol><li><p>Eerste punt</p><p>toelichting</p></li><li></li><li>Tweede</li></ol>')).toEqual([
      { type: 'list', format: 'ordered', children: [item('Eerste punt\ntoelichting'), item('Tweede')] },
    ]);
  });

  it('closes unclosed items as browsers do', () => {
    expect(blocks('<ul><li>Een<li>Twee</ul>')).toEqual([
      { type: 'list', format: 'unordered', children: [item('Een'), item('Twee')] },
    ]);
  });

  it('stops nesting lists at eight levels deep', () => {
    const [list] = blocks(`${'<ul><li>niveau'.repeat(12)}${'</li></ul>'.repeat(12)}`);
    let depth = 0;
    let level: Block | ListItem | undefined = list;
    while (level?.type === 'list') {
      depth++;
      level = level.children.at(-1);
    }
    expect(depth).toBe(8);
  });

  it('writes a list inside a quote as lines', () => {
    expect(blocks('<blockquote><p>Wij vragen:</p><ol><li>Een</li><li>Twee</li></ol></blockquote>')).toEqual([
      { type: 'quote', children: [text('Wij vragen:\n1. Een\n2. Twee')] },
    ]);
  });
});

describe('rules', () => {
  it('ends the paragraph at an <hr>', () => {
    expect(blocks('<div>Motie<hr>Amendement</div>')).toEqual([
      { type: 'paragraph', children: [text('Motie')] },
      { type: 'paragraph', children: [text('Amendement')] },
    ]);
  });
});

describe('quotes', () => {
  it('joins the paragraphs of a quote with a newline', () => {
    const html =
      '<blockquote class="wp-block-quote"><p>De raad verzoekt het college</p><p>om actie.</p><cite>Motie</cite></blockquote>';
    expect(blocks(html)).toEqual([
      { type: 'quote', children: [text('De raad verzoekt het college\nom actie.\nMotie')] },
    ]);
  });

  it('merges a nested quote into the quote around it', () => {
    expect(blocks('<blockquote>Buiten<blockquote>Binnen</blockquote></blockquote>')).toEqual([
      { type: 'quote', children: [text('Buiten\nBinnen')] },
    ]);
  });
});

describe('code', () => {
  it('turns <pre> into a code block, keeping newlines and indentation', () => {
    expect(blocks('<pre>\nregel 1\n  regel 2   \n</pre>')).toEqual([
      { type: 'code', children: [text('regel 1\n  regel 2')] },
    ]);
  });

  it('reads <pre><code> as one plain text, entities decoded and marks ignored', () => {
    const html = '<pre class="wp-block-code"><code>if (a &lt; b) {\n\t<b>stem</b>();\n}</code></pre>';
    expect(blocks(html)).toEqual([{ type: 'code', children: [text('if (a < b) {\n\tstem();\n}')] }]);
  });

  it('marks inline <code> inside a paragraph', () => {
    expect(blocks('<p>Typ <code>motie  123</code> in</p>')).toEqual([
      {
        type: 'paragraph',
        children: [text('Typ '), { type: 'text', text: 'motie 123', code: true }, text(' in')],
      },
    ]);
  });
});
