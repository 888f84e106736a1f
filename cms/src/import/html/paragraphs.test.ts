import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const blocks = (html: string) => htmlToBlocks(html, options).blocks;
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('paragraphs', () => {
  it('keeps each <p> as a paragraph, whitespace collapsed as a browser shows it', () => {
    expect(
      blocks('<p>Werkbezoek   Leger des Heils</p>\n<p>  De fractie sprak met\tvrijwilligers. </p>'),
    ).toEqual([paragraph('Werkbezoek Leger des Heils'), paragraph('De fractie sprak met vrijwilligers.')]);
  });

  it('reads classic WordPress text: a blank line separates paragraphs, a newline breaks the line', () => {
    const html = 'Vanavond is de raadsvergadering.\nWe dienen een motie in.\n\n\nKom ook!';
    expect(blocks(html)).toEqual([
      paragraph('Vanavond is de raadsvergadering.\nWe dienen een motie in.'),
      paragraph('Kom ook!'),
    ]);
  });

  it('mixes classic text with block elements as wpautop did', () => {
    const html =
      'Inleiding over de begroting.\n<h2>Onze moties</h2>\nDrie moties.\n\n<ul>\n\t<li>Armoede</li>\n</ul>\nTot slot.';
    expect(blocks(html)).toEqual([
      paragraph('Inleiding over de begroting.'),
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Onze moties' }] },
      paragraph('Drie moties.'),
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'Armoede' }] }],
      },
      paragraph('Tot slot.'),
    ]);
  });

  it('breaks the lines of classic text that is a single paragraph', () => {
    expect(blocks('Vanavond raadsvergadering.\nKom ook!')).toEqual([
      paragraph('Vanavond raadsvergadering.\nKom ook!'),
    ]);
  });

  it('shows Gutenberg’s custom HTML as a browser did: a blank line is only a space there', () => {
    const html = '<!-- wp:html -->\n<div>Stem op\n\nde fractie</div>\n<!-- /wp:html -->';
    expect(blocks(html)).toEqual([paragraph('Stem op de fractie')]);
  });

  it('ignores Gutenberg block comments, where a newline inside a paragraph is only a space', () => {
    const html =
      '<!-- wp:paragraph -->\n<p>De motie is\naangenomen.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Met 20 stemmen voor.</p>\n<!-- /wp:paragraph -->';
    expect(blocks(html)).toEqual([paragraph('De motie is aangenomen.'), paragraph('Met 20 stemmen voor.')]);
  });

  it('reads a newline as a space in HTML that separates paragraphs with tags (Ghost, Blogger)', () => {
    const ghost =
      '<!--kg-card-begin: markdown--><p>De motie is\naangenomen.</p>\n\n<p>Met 20 stemmen.</p><!--kg-card-end: markdown-->';
    expect(blocks(ghost)).toEqual([paragraph('De motie is aangenomen.'), paragraph('Met 20 stemmen.')]);
    const blogger = '<div>Werkbezoek aan het\nLeger des Heils.</div>\n\n<div>Mooi werk.</div>';
    expect(blocks(blogger)).toEqual([
      paragraph('Werkbezoek aan het Leger des Heils.'),
      paragraph('Mooi werk.'),
    ]);
  });

  it('reads classic text beside tagged paragraphs (a centred <p> survives the classic editor)', () => {
    const html =
      '<p style="text-align: center;">Uitnodiging</p>\n\nDinsdag is er een\nraadsvergadering.\n\nWelkom!';
    expect(blocks(html)).toEqual([
      paragraph('Uitnodiging'),
      paragraph('Dinsdag is er een\nraadsvergadering.'),
      paragraph('Welkom!'),
    ]);
  });

  it('shows a <br> as a newline', () => {
    expect(blocks('<p>Stadhuis<br>Markt 1<br />\nAmersfoort</p>')).toEqual([
      paragraph('Stadhuis\nMarkt 1\nAmersfoort'),
    ]);
  });

  it('ignores the newline classic text puts after a <br>', () => {
    expect(blocks('Adres:<br />\nStadhuis<br />\nMarkt 1\n\nTot dan.')).toEqual([
      paragraph('Adres:\nStadhuis\nMarkt 1'),
      paragraph('Tot dan.'),
    ]);
  });

  it('splits a paragraph at two <br>s in a row, which Blogger uses for paragraphs', () => {
    expect(blocks('<div>Eerste alinea.<br /><br />Tweede alinea.</div>')).toEqual([
      paragraph('Eerste alinea.'),
      paragraph('Tweede alinea.'),
    ]);
  });

  it('drops empty paragraphs, also those holding only no-break spaces or a <br>', () => {
    expect(blocks('<p>Motie</p><p>&nbsp;</p><p> </p><p><br></p><p></p><p>Amendement</p>')).toEqual([
      paragraph('Motie'),
      paragraph('Amendement'),
    ]);
  });

  it('flattens <div> wrappers into the paragraphs they hold', () => {
    const html = '<div class="entry"><div><div>Fractie op pad.</div><div>Daarna koffie.</div></div></div>';
    expect(blocks(html)).toEqual([paragraph('Fractie op pad.'), paragraph('Daarna koffie.')]);
  });

  it('keeps text between block elements as paragraphs of its own', () => {
    expect(blocks('<div>Voor<p>Midden</p>Na</div>')).toEqual([
      paragraph('Voor'),
      paragraph('Midden'),
      paragraph('Na'),
    ]);
  });

  it('decodes HTML entities', () => {
    expect(
      blocks('<p>Zorg &amp; welzijn: &eacute;&eacute;n &#8220;motie&#8221; &lt;nu&gt; &hellip;</p>'),
    ).toEqual([paragraph('Zorg & welzijn: één “motie” <nu> …')]);
  });

  it('keeps no-break spaces inside the text', () => {
    expect(blocks('<p>&euro;&nbsp;50 per maand</p>')).toEqual([paragraph('€\u00a050 per maand')]);
  });

  it('turns empty input into no blocks', () => {
    expect(htmlToBlocks('', options)).toEqual({ blocks: [], lossy: [] });
    expect(blocks('   \n\n  ')).toEqual([]);
  });
});
