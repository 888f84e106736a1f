import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type ConvertOptions, type ImageRef } from './index';

const options: ConvertOptions = { image: (ref) => ({ url: ref.url }), link: (href) => href };
const convert = (html: string) => htmlToBlocks(html, options);
const linkParagraph = (url: string, text = url) => ({
  type: 'paragraph',
  children: [{ type: 'link', url, children: [{ type: 'text', text }] }],
});
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('media shortcodes become a paragraph with a link', () => {
  it.each([
    [
      '[embed]https://www.youtube.com/watch?v=abcdefghijk[/embed]',
      linkParagraph('https://www.youtube.com/watch?v=abcdefghijk'),
    ],
    ['[embed width="640"]https://vimeo.com/123[/embed]', linkParagraph('https://vimeo.com/123')],
    [
      '[video src="https://oud.example/raad.mp4"]',
      linkParagraph('https://oud.example/raad.mp4', 'Bekijk de video'),
    ],
    [
      '[video width="640" mp4="https://oud.example/raad.mp4"][/video]',
      linkParagraph('https://oud.example/raad.mp4', 'Bekijk de video'),
    ],
    [
      '[audio src="https://oud.example/podcast.mp3?a=1&amp;b=2"]',
      linkParagraph('https://oud.example/podcast.mp3?a=1&b=2', 'Luister naar het geluidsfragment'),
    ],
    [
      '[audio mp3="https://oud.example/podcast.mp3"]',
      linkParagraph('https://oud.example/podcast.mp3', 'Luister naar het geluidsfragment'),
    ],
    [
      '[youtube https://www.youtube.com/watch?v=abcdefghijk]',
      linkParagraph('https://www.youtube.com/watch?v=abcdefghijk', 'Bekijk de video'),
    ],
    [
      '[youtube=https://www.youtube.com/watch?v=abcdefghijk&amp;w=640]',
      linkParagraph('https://www.youtube.com/watch?v=abcdefghijk&w=640', 'Bekijk de video'),
    ],
    [
      '[youtube id="abcdefghijk"]',
      linkParagraph('https://www.youtube.com/watch?v=abcdefghijk', 'Bekijk de video'),
    ],
  ])('%s', (html, expected) => {
    expect(convert(html)).toEqual({ blocks: [expected], lossy: [] });
  });

  it('splits the paragraph it stands in', () => {
    expect(
      convert('<p>Terugkijken: [video src="https://oud.example/raad.mp4"] Tot volgende keer.</p>').blocks,
    ).toEqual([
      paragraph('Terugkijken:'),
      linkParagraph('https://oud.example/raad.mp4', 'Bekijk de video'),
      paragraph('Tot volgende keer.'),
    ]);
  });

  it('notes a media shortcode without a web address', () => {
    expect(convert('[video]').lossy).toEqual([{ what: 'embed', detail: expect.stringContaining('[video]') }]);
    expect(convert('[video]').blocks).toEqual([]);
  });
});

describe('other shortcodes', () => {
  it.each([
    ['[contact-form-7 id="123" title="Contact"]', 'form'],
    ['[gravityform id="1" title="false"]', 'form'],
    ['[wpforms id="9"]', 'form'],
    ['[ad_banner]', 'other'],
    ['[toc depth="2"]', 'other'],
  ])('removes %s with a note', (shortcode, what) => {
    const { blocks, lossy } = convert(`<p>Neem contact op:</p>\n${shortcode}\n<p>Groet, de fractie</p>`);
    expect(blocks).toEqual([paragraph('Neem contact op:'), paragraph('Groet, de fractie')]);
    expect(lossy).toEqual([{ what, detail: expect.stringContaining(shortcode) }]);
  });

  it('keeps the text inside a page builder’s shortcodes, with one note per shortcode name', () => {
    const html =
      '[vc_row][vc_column][vc_column_text]Welkom bij de fractie.[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column]Tot ziens.[/vc_column][/vc_row]';
    const { blocks, lossy } = convert(html);
    expect(blocks).toEqual([paragraph('Welkom bij de fractie.'), paragraph('Tot ziens.')]);
    expect(lossy.map((note) => note.detail)).toEqual([
      'De shortcode [vc_row] is verwijderd; de tekst erin is behouden.',
      'De shortcode [vc_column] is verwijderd; de tekst erin is behouden.',
      'De shortcode [vc_column_text] is verwijderd; de tekst erin is behouden.',
    ]);
  });

  it('keeps a shortcode around a few words inside the sentence', () => {
    const { blocks, lossy } = convert('<p>Dit is [highlight kleur="geel"]belangrijk[/highlight] nieuws.</p>');
    expect(blocks).toEqual([paragraph('Dit is belangrijk nieuws.')]);
    expect(lossy.map((note) => note.what)).toEqual(['other']);
  });

  it('drops a form shortcode with its fields, in one note', () => {
    const html =
      '[contact-form to="fractie@example.nl"][contact-field label="Naam" type="name"/][/contact-form]';
    expect(convert(html)).toEqual({
      blocks: [],
      lossy: [{ what: 'form', detail: 'De shortcode [contact-form to="fractie@example.nl"] is verwijderd.' }],
    });
  });

  it('notes a stray closing tag of a plugin’s shortcode', () => {
    expect(convert('<p>Tekst</p>[/vc_column]').lossy).toEqual([
      { what: 'other', detail: 'De losse shortcode [/vc_column] is verwijderd.' },
    ]);
  });

  it('leaves bracketed text that is no shortcode alone', () => {
    const html = '<p>Hij zei het [sic] en verwees naar noot [1], [noot 2] en [Red.: aangepast].</p>';
    expect(convert(html)).toEqual({
      blocks: [paragraph('Hij zei het [sic] en verwees naar noot [1], [noot 2] en [Red.: aangepast].')],
      lossy: [],
    });
  });

  it('shows an escaped [[shortcode]] as the shortcode’s text', () => {
    expect(convert('<p>Typ [[gallery]] om foto’s te tonen.</p>').blocks).toEqual([
      paragraph('Typ [gallery] om foto’s te tonen.'),
    ]);
  });

  it('leaves a shortcode inside an attribute as the text it was', () => {
    const asked: ImageRef[] = [];
    htmlToBlocks('<img src="/a.jpg" alt="Zo werkt [gallery ids=&quot;1&quot;]">', {
      ...options,
      image: (ref) => {
        asked.push(ref);
        return { url: ref.url };
      },
    });
    expect(asked.map((ref) => ref.alt)).toEqual(['Zo werkt [gallery ids="1"]']);
  });

  it('removes a stray closing tag of a known shortcode without a note', () => {
    expect(convert('<p>Tekst[/caption]</p>')).toEqual({ blocks: [paragraph('Tekst')], lossy: [] });
  });
});
