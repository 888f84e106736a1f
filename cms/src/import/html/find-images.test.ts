import { describe, expect, it } from 'vitest';
import { findImages, htmlToBlocks, type ImageRef } from './index';

const attachment = (id: string): ImageRef | null =>
  id === '404'
    ? null
    : { url: `https://oud.example/wp-content/uploads/bijlage-${id}.jpg`, alt: `Bijlage ${id}` };

const BODY = [
  '<p>Werkbezoek Leger des Heils <img src="https://oud.example/wp-content/uploads/pand-300x200.jpg" alt="Het pand"></p>',
  '[caption id="attachment_7" width="300"]<img src="https://oud.example/wp-content/uploads/team.jpg" alt="Team"> Het team[/caption]',
  '<a href="https://1.bp.blogspot.com/x/s1600/raad.jpg"><img src="https://1.bp.blogspot.com/x/s320/raad.jpg"></a>',
  '<figure><img src="https://oud.example/wp-content/uploads/pand.jpg" alt="Nog eens"><figcaption>Dubbel</figcaption></figure>',
  '[gallery ids="21,404,22"]',
  '<img src="data:image/gif;base64,R0l" alt="ingebed">',
  '<img class="wp-smiley" src="https://oud.example/smile.gif" alt=":)">',
  '<table><tr><td><img src="https://oud.example/in-tabel.png" alt="In een tabel"></td></tr></table>',
  '<ul><li>Lijst <img src="//cdn.example/lijst.gif" alt=""></li></ul>',
].join('\n\n');

describe('findImages', () => {
  it('lists every image the body shows, in order, once, by its original address', () => {
    expect(findImages(BODY, attachment)).toEqual([
      { url: 'https://oud.example/wp-content/uploads/pand.jpg', alt: 'Het pand' },
      { url: 'https://oud.example/wp-content/uploads/team.jpg', alt: 'Team', caption: 'Het team' },
      { url: 'https://1.bp.blogspot.com/x/s1600/raad.jpg', alt: '' },
      { url: 'https://oud.example/wp-content/uploads/bijlage-21.jpg', alt: 'Bijlage 21' },
      { url: 'https://oud.example/wp-content/uploads/bijlage-22.jpg', alt: 'Bijlage 22' },
      { url: 'https://oud.example/in-tabel.png', alt: 'In een tabel' },
      { url: 'https://cdn.example/lijst.gif', alt: '' },
    ]);
  });

  it('asks for exactly the images the converter asks for', () => {
    const asked = new Map<string, ImageRef>();
    htmlToBlocks(BODY, {
      image: (ref) => {
        if (!asked.has(ref.url)) asked.set(ref.url, ref);
        return null;
      },
      link: () => null,
      attachment,
    });
    expect(findImages(BODY, attachment)).toEqual([...asked.values()]);
  });

  it('finds no gallery images without a way to look attachments up', () => {
    expect(findImages('[gallery ids="1,2"]')).toEqual([]);
  });

  it('finds nothing in an empty body', () => {
    expect(findImages('')).toEqual([]);
  });
});
