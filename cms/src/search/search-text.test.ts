import { describe, expect, it } from 'vitest';
import { blocksText } from './plain-text';
import { searchTextOf } from './search-text';

const text = (value: string) => ({ type: 'text', text: value });

describe('searchTextOf', () => {
  it('joins title, excerpt and every kind of block, normalised', () => {
    const content = [
      { type: 'heading', level: 2, children: [text('Wat vindt de Raad?')] },
      {
        type: 'paragraph',
        children: [
          text('Wij zijn '),
          { type: 'link', url: 'https://x.nl', children: [text('geïnformeerd')] },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('één')] }] },
      { type: 'quote', children: [text('Citaat')] },
      { type: 'image', image: { url: '/uploads/x.png', alternativeText: 'foto' }, children: [text('')] },
    ];

    expect(searchTextOf({ title: 'Titel', excerpt: null, content })).toBe(
      'titel wat vindt de raad wij zijn geinformeerd een citaat',
    );
  });

  it('survives missing and malformed fields', () => {
    expect(searchTextOf({})).toBe('');
    expect(blocksText('not blocks')).toBe('');
    expect(blocksText([null, 3, { type: 'paragraph' }])).toBe('  ');
  });
});
