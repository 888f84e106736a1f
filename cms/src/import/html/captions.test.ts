import { describe, expect, it } from 'vitest';
import { converting, image, paragraph, UPLOADS } from './converting.test-util';

describe('captions and galleries', () => {
  it('takes the caption of a <figure>', () => {
    const html =
      '<figure class="wp-block-image"><img src="https://oud.example/stadhuis-1024x683.jpg" alt="Stadhuis"><figcaption>Het stadhuis <em>bij nacht</em></figcaption></figure>';
    const { blocks, asked } = converting(html);
    expect(asked).toEqual([
      { url: 'https://oud.example/stadhuis.jpg', alt: 'Stadhuis', caption: 'Het stadhuis bij nacht' },
    ]);
    expect(blocks).toEqual([image('stadhuis.jpg', 1)]);
  });

  it('keeps the caption of a figure with several images as a paragraph', () => {
    const html = '<figure><img src="/a.jpg"><img src="/b.jpg"><figcaption>Twee foto’s</figcaption></figure>';
    const { blocks, asked } = converting(html);
    expect(asked.map((ref) => ref.caption)).toEqual([undefined, undefined]);
    expect(blocks).toEqual([image('a.jpg', 1), image('b.jpg', 2), paragraph('Twee foto’s')]);
  });

  it('takes the caption of a WordPress [caption] shortcode, and its text is not body text', () => {
    const html =
      '[caption id="attachment_12" align="aligncenter" width="300"]<a href="https://oud.example/wp-content/uploads/wethouder.jpg"><img class="size-medium wp-image-12" src="https://oud.example/wp-content/uploads/wethouder-300x225.jpg" alt="Wethouder" width="300" height="225" /></a> Wethouder tijdens de raadsvergadering[/caption]\n\nDaarna sprak de fractie.';
    const { blocks, asked } = converting(html);
    expect(asked).toEqual([
      {
        url: 'https://oud.example/wp-content/uploads/wethouder.jpg',
        alt: 'Wethouder',
        caption: 'Wethouder tijdens de raadsvergadering',
      },
    ]);
    expect(blocks).toEqual([image('wethouder.jpg', 1), paragraph('Daarna sprak de fractie.')]);
  });

  it('reads the older caption="…" attribute of [caption]', () => {
    const { asked } = converting(
      '[caption id="" caption="Raad &amp; college"]<img src="/foto.jpg" alt="">[/caption]',
    );
    expect(asked).toEqual([{ url: '/foto.jpg', alt: '', caption: 'Raad & college' }]);
  });

  it('takes the caption of a Blogger caption table without calling it a table', () => {
    const html =
      '<table class="tr-caption-container" align="center"><tbody><tr><td><a href="https://1.bp.blogspot.com/x/s1600/markt.jpg"><img src="https://1.bp.blogspot.com/x/s320/markt.jpg"></a></td></tr><tr><td class="tr-caption">Op de markt</td></tr></tbody></table>';
    const { blocks, asked, lossy } = converting(html);
    expect(asked).toEqual([
      { url: 'https://1.bp.blogspot.com/x/s1600/markt.jpg', alt: '', caption: 'Op de markt' },
    ]);
    expect(blocks).toEqual([image('markt.jpg', 1)]);
    expect(lossy).toEqual([]);
  });

  it('shows each image of a [gallery] through options.attachment, and notes the ones it lacks', () => {
    const attachment = (id: string): ImageRef | null =>
      id === '99'
        ? null
        : { url: `https://oud.example/wp-content/uploads/foto-${id}.jpg`, alt: `Foto ${id}` };
    const { blocks, asked, lossy } = converting('<p>Foto’s:</p>\n[gallery columns="2" ids="12, 13,99"]', {
      attachment,
    });
    expect(asked.map((ref) => ref.alt)).toEqual(['Foto 12', 'Foto 13']);
    expect(blocks).toEqual([paragraph('Foto’s:'), image('foto-12.jpg', 1), image('foto-13.jpg', 2)]);
    expect(lossy).toEqual([{ what: 'image', detail: 'Afbeelding 99 uit een galerij is niet gevonden.' }]);
  });

  it('notes a [gallery] without ids, which cannot be resolved', () => {
    const { lossy } = converting('[gallery]');
    expect(lossy).toEqual([{ what: 'image', detail: expect.stringContaining('[gallery]') }]);
  });
});
