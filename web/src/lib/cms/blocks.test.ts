import { describe, expect, it } from 'vitest';
import { plainText, toBlocks } from './blocks';

describe('toBlocks', () => {
  it('drops the target of unsafe links but keeps their words', () => {
    const blocks = toBlocks([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Lees ' },
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'dit' }] },
          { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'of dat' }] },
        ],
      },
    ]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Lees ' },
          { type: 'text', text: 'dit' },
          { type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: 'of dat' }] },
        ],
      },
    ]);
  });

  it('leaves out unknown and malformed blocks instead of failing', () => {
    const blocks = toBlocks([
      { type: 'video', url: 'x' },
      { type: 'paragraph' },
      null,
      { type: 'paragraph', children: [{ type: 'text', text: 'Blijft' }] },
    ]);
    expect(blocks).toHaveLength(1);
  });

  it('normalises image URLs to the upload path and drops images from elsewhere', () => {
    const blocks = toBlocks([
      {
        type: 'image',
        image: {
          url: 'http://localhost:1337/uploads/kaart_1.jpg',
          alternativeText: 'Kaart',
          width: 800,
          height: 600,
        },
      },
      { type: 'image', image: { url: 'https://elders.example/pixel.gif' } },
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      type: 'image',
      image: { url: '/uploads/kaart_1.jpg', alternativeText: 'Kaart' },
    });
  });

  it('demotes a level-1 heading: the post title is the page’s only h1', () => {
    expect(
      toBlocks([{ type: 'heading', level: 1, children: [{ type: 'text', text: 'Kop' }] }])[0],
    ).toMatchObject({ level: 2 });
  });

  it('returns nothing for content that is not a list of blocks', () => {
    expect(toBlocks('<script>')).toEqual([]);
  });
});

it('plainText joins the words of every block', () => {
  const text = plainText(
    toBlocks([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Vraag?' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'een' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'twee' }] },
        ],
      },
    ]),
  );
  expect(text).toBe('Vraag? een twee');
});
