import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions, type Inline } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };

function inline(html: string, link: ConvertOptions['link'] = options.link): Inline[] {
  const [first, ...rest] = htmlToBlocks(html, { ...options, link }).blocks;
  expect(rest).toEqual([]);
  if (first?.type !== 'paragraph') throw new Error(`expected one paragraph, got ${JSON.stringify(first)}`);
  return first.children;
}

describe('marks', () => {
  it.each([
    ['<strong>motie</strong>', { bold: true }],
    ['<b>motie</b>', { bold: true }],
    ['<em>motie</em>', { italic: true }],
    ['<i>motie</i>', { italic: true }],
    ['<u>motie</u>', { underline: true }],
    ['<s>motie</s>', { strikethrough: true }],
    ['<strike>motie</strike>', { strikethrough: true }],
    ['<del>motie</del>', { strikethrough: true }],
    ['<code>motie</code>', { code: true }],
  ])('%s', (html, marks) => {
    expect(inline(`<p>${html}</p>`)).toEqual([{ type: 'text', text: 'motie', ...marks }]);
  });

  it('combines nested marks and keeps unmarked text apart', () => {
    expect(inline('<p>De <strong>motie <em>Armoede</em></strong> is aangenomen</p>')).toEqual([
      { type: 'text', text: 'De ' },
      { type: 'text', text: 'motie ', bold: true },
      { type: 'text', text: 'Armoede', bold: true, italic: true },
      { type: 'text', text: ' is aangenomen' },
    ]);
  });

  it('merges adjacent text with the same marks, also across the space between them', () => {
    expect(inline('<p><b>Raads</b><strong>vergadering</strong> <b>vanavond</b></p>')).toEqual([
      { type: 'text', text: 'Raadsvergadering vanavond', bold: true },
    ]);
  });

  it('unwraps <span style> and unknown inline wrappers, keeping the text', () => {
    expect(
      inline('<p><span style="color: red;">Stem</span> <font face="Arial">op <o:p>ons</o:p></font></p>'),
    ).toEqual([{ type: 'text', text: 'Stem op ons' }]);
  });

  it('reads bold and italic written as a style, as old Blogger posts do', () => {
    expect(
      inline(
        '<p><span style="font-weight: bold;">Let op:</span> <span style="font-style:italic">vanavond</span></p>',
      ),
    ).toEqual([
      { type: 'text', text: 'Let op:', bold: true },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'vanavond', italic: true },
    ]);
  });
});

describe('links', () => {
  it('links through options.link, marks kept inside the link', () => {
    const link = (href: string) => (href === 'https://oud.example/motie' ? '/berichten/motie' : href);
    expect(inline('<p>Lees de <a href="https://oud.example/motie">motie <b>hier</b></a>.</p>', link)).toEqual(
      [
        { type: 'text', text: 'Lees de ' },
        {
          type: 'link',
          url: '/berichten/motie',
          children: [
            { type: 'text', text: 'motie ' },
            { type: 'text', text: 'hier', bold: true },
          ],
        },
        { type: 'text', text: '.' },
      ],
    );
  });

  it.each([
    'https://gemeente.example/raad',
    'http://gemeente.example',
    'mailto:fractie@example.nl',
    'tel:+31301234567',
  ])('keeps a link to %s', (href) => {
    expect(inline(`<p><a href="${href}">contact</a></p>`)).toEqual([
      { type: 'link', url: href, children: [{ type: 'text', text: 'contact' }] },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,x',
    'vbscript:x',
  ])('drops a link to %s but keeps its text, without asking options.link', (href) => {
    const asked: string[] = [];
    const link = (target: string) => {
      asked.push(target);
      return target;
    };
    expect(inline(`<p><a href="${href}">klik</a></p>`, link)).toEqual([{ type: 'text', text: 'klik' }]);
    expect(asked).toEqual([]);
  });

  it('drops the link when options.link says null, keeping the text', () => {
    expect(inline('<p>Zie <a href="https://oud.example/weg">dit</a></p>', () => null)).toEqual([
      { type: 'text', text: 'Zie dit' },
    ]);
  });

  it('drops an unsafe target that options.link returns', () => {
    expect(inline('<p><a href="/x">dit</a></p>', () => 'javascript:void(0)')).toEqual([
      { type: 'text', text: 'dit' },
    ]);
  });

  it('gives relative links to options.link, which knows the old site', () => {
    const asked: string[] = [];
    const link = (href: string) => {
      asked.push(href);
      return `https://oud.example${href}`;
    };
    inline('<p><a href="/2019/05/werkbezoek/">werkbezoek</a></p>', link);
    expect(asked).toEqual(['/2019/05/werkbezoek/']);
  });

  it('keeps the space after a link outside it', () => {
    expect(inline('<p><a href="https://a.example">Motie</a> aangenomen</p>')).toEqual([
      { type: 'link', url: 'https://a.example', children: [{ type: 'text', text: 'Motie' }] },
      { type: 'text', text: ' aangenomen' },
    ]);
  });

  it('keeps the space between two links to the same place out of both', () => {
    const link = (text: string) => ({
      type: 'link',
      url: 'https://a.example',
      children: [{ type: 'text', text }],
    });
    expect(
      inline('<p><a href="https://a.example">Motie</a> <a href="https://a.example">tekst</a></p>'),
    ).toEqual([link('Motie'), { type: 'text', text: ' ' }, link('tekst')]);
  });

  it('keeps the text of an anchor without href', () => {
    expect(inline('<p><a name="top">Boven</a></p>')).toEqual([{ type: 'text', text: 'Boven' }]);
  });
});
