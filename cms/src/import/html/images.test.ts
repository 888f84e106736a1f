import { describe, expect, it } from 'vitest';
import { converting, image, paragraph, UPLOADS } from './converting.test-util';

describe('images', () => {
  it('splits a paragraph around an image, which becomes a block of its own', () => {
    const { blocks, asked } = converting(
      '<p>Voor het pand. <img src="https://oud.example/leger.jpg" alt="Leger des Heils"> Na afloop koffie.</p>',
    );
    expect(blocks).toEqual([
      paragraph('Voor het pand.'),
      image('leger.jpg', 1),
      paragraph('Na afloop koffie.'),
    ]);
    expect(asked).toEqual([{ url: 'https://oud.example/leger.jpg', alt: 'Leger des Heils' }]);
  });

  it('asks for the original of a WordPress resized copy', () => {
    const { asked } = converting(
      '<img src="https://oud.example/wp-content/uploads/2023/05/werkbezoek-300x200.jpg?v=2">',
    );
    expect(asked.map((ref) => ref.url)).toEqual([
      'https://oud.example/wp-content/uploads/2023/05/werkbezoek.jpg?v=2',
    ]);
  });

  it('prefers the link around an image when it points at the larger image (Blogger)', () => {
    const html =
      '<a href="https://blogger.googleusercontent.com/img/b/abc/s1600/raad.jpg"><img src="https://blogger.googleusercontent.com/img/b/abc/s320/raad.jpg" alt="Raadzaal"></a>';
    const { blocks, asked, lossy } = converting(html);
    expect(asked).toEqual([
      { url: 'https://blogger.googleusercontent.com/img/b/abc/s1600/raad.jpg', alt: 'Raadzaal' },
    ]);
    expect(blocks).toEqual([image('raad.jpg', 1)]);
    expect(lossy).toEqual([]);
  });

  it('keeps the image of a link to a page, and says the link is gone', () => {
    const { asked, lossy } = converting(
      '<a href="https://petitie.example/teken"><img src="/banner.png" alt=""></a>',
    );
    expect(asked.map((ref) => ref.url)).toEqual(['/banner.png']);
    expect(lossy).toEqual([
      { what: 'other', detail: expect.stringContaining('https://petitie.example/teken') },
    ]);
  });

  it('notes an image that could not be fetched, keeping its alt text as a paragraph', () => {
    const { blocks, lossy } = converting(
      '<p>Bezoek<img src="https://oud.example/kapot.jpg" alt="Het team van het Leger des Heils"></p>',
    );
    expect(blocks).toEqual([paragraph('Bezoek'), paragraph('Het team van het Leger des Heils')]);
    expect(lossy).toEqual([
      { what: 'image', detail: expect.stringContaining('https://oud.example/kapot.jpg') },
    ]);
  });

  it('leaves no paragraph for a lost image without alt text', () => {
    const { blocks, lossy } = converting('<img src="https://oud.example/kapot.jpg">');
    expect(blocks).toEqual([]);
    expect(lossy).toHaveLength(1);
  });

  it('splits a list around an image and continues the list after it', () => {
    const { blocks } = converting('<ul><li>Voor<img src="/a.jpg">Na</li><li>Verder</li></ul>');
    const item = (text: string) => ({ type: 'list-item', children: [{ type: 'text', text }] });
    expect(blocks).toEqual([
      { type: 'list', format: 'unordered', children: [item('Voor')] },
      image('a.jpg', 1),
      { type: 'list', format: 'unordered', children: [item('Na'), item('Verder')] },
    ]);
  });

  it('drops the 1×1 tracking pixels of feeds without a note', () => {
    const { blocks, asked, lossy } = converting(
      '<p>Tekst<img src="https://feeds.example/~r/x" width="1" height="1"></p>',
    );
    expect([blocks, asked, lossy]).toEqual([[paragraph('Tekst')], [], []]);
  });

  it('says nothing of a lost link to WordPress’s attachment page', () => {
    const { lossy } = converting('<a href="https://oud.example/?attachment_id=12"><img src="/a.jpg"></a>');
    expect(lossy).toEqual([]);
  });

  it('uses each image’s own address when one link holds several', () => {
    const { asked } = converting(
      '<a href="https://oud.example/groot.jpg"><img src="/a.jpg"><img src="/b.jpg"></a>',
    );
    expect(asked.map((ref) => ref.url)).toEqual(['/a.jpg', '/b.jpg']);
  });

  it('takes the real address of a lazy-loaded image and leaves emoji as text', () => {
    const html =
      '<p>Top <img class="emoji" alt="👍" src="https://s.w.org/emoji.svg"></p><img src="data:image/gif;base64,R0l" data-src="/echt.jpg">';
    const { blocks, asked } = converting(html);
    expect(asked.map((ref) => ref.url)).toEqual(['/echt.jpg']);
    expect(blocks).toEqual([paragraph('Top 👍'), image('echt.jpg', 1)]);
  });

  it('notes an image stored inside the text as a data: address', () => {
    const { asked, lossy } = converting('<img src="data:image/png;base64,iVBOR" alt="Logo">');
    expect(asked).toEqual([]);
    expect(lossy).toEqual([{ what: 'image', detail: expect.stringContaining('data:') }]);
  });
});
