import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const blocks = (html: string) => htmlToBlocks(html, options).blocks;
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('robustness', () => {
  it('closes unclosed tags', () => {
    expect(blocks('<p>Motie <b>aangenomen<p>Amendement verworpen')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Motie ' },
          { type: 'text', text: 'aangenomen', bold: true },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Amendement verworpen', bold: true }] },
    ]);
  });

  it('ignores a stray </p>', () => {
    expect(blocks('Eerste</p>Tweede</div></p>')).toEqual([paragraph('Eerste'), paragraph('Tweede')]);
  });

  it('strips control characters but keeps tabs and newlines where they count', () => {
    expect(blocks('<p>Raads\u0000ver\u0007gade\u001bring&#1;</p><pre>a\tb\r\nc</pre>')).toEqual([
      paragraph('Raadsvergadering'),
      { type: 'code', children: [{ type: 'text', text: 'a\tb\nc' }] },
    ]);
  });

  it('reads Windows line ends as newlines', () => {
    expect(blocks('Regel een\r\nRegel twee\r\n\r\nNieuwe alinea')).toEqual([
      paragraph('Regel een\nRegel twee'),
      paragraph('Nieuwe alinea'),
    ]);
  });

  it('survives nesting deeper than a recursive walk could go', () => {
    const depth = 15_000;
    const html = `${'<span><a href="/x">'.repeat(depth)}diep`;
    const [first] = blocks(html);
    expect(first?.type).toBe('paragraph');
  });

  it('never emits a list for an empty <ul>', () => {
    expect(blocks('<ul></ul><ol><li> </li></ol>')).toEqual([]);
  });

  it('converts a 1 MB body in well under a second', () => {
    const post = [
      '<h2>Werkbezoek Leger des Heils</h2>',
      '<p>De fractie bracht een <strong>werkbezoek</strong> aan het <a href="https://oud.example/leger">Leger des Heils</a>.</p>',
      '[caption id="attachment_1" width="300"]<img src="https://oud.example/wp-content/uploads/foto-300x200.jpg" alt="Bezoek"> Bezoek[/caption]',
      '<ul><li>Motie armoede</li><li>Motie <em>wonen</em><ul><li>sociale huur</li></ul></li></ul>',
      'Klassieke tekst\nmet een regel\n\nen een alinea.',
      '<blockquote><p>Citaat uit de raadsvergadering</p></blockquote>',
      '<table><tr><td>Voor</td><td>20</td></tr></table>',
    ].join('\n\n');
    const html = post.repeat(Math.ceil(1_000_000 / post.length));
    expect(html.length).toBeGreaterThanOrEqual(1_000_000);
    const started = performance.now();
    const { blocks: converted } = htmlToBlocks(html, options);
    const elapsed = performance.now() - started;
    expect(converted.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
