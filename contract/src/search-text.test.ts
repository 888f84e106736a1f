import { describe, expect, it } from 'vitest';
import { normaliseText, searchTerms } from './search-text';

describe('normaliseText', () => {
  it.each([
    ['Geïnformeerd', 'geinformeerd'],
    ['ideeën  én   café', 'ideeen en cafe'],
    ['IJsselmeer ĳs', 'ijsselmeer ijs'],
    ['co-financiering, auto’s!', 'co financiering auto s'],
    ['100% _kans_ op\\regen', '100 kans op regen'],
    ['  \n\t ', ''],
    ['Ørsted straße', 'ørsted straße'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it('treats a decomposed accent like a composed one', () => {
    expect(normaliseText('gei\u0308nformeerd')).toBe('geinformeerd');
  });
});

describe('searchTerms', () => {
  it('splits into distinct words in typed order', () => {
    expect(searchTerms('Regen, regen en WATER')).toEqual(['regen', 'en', 'water']);
  });

  it('leaves no LIKE wildcard or escape character in a term', () => {
    expect(searchTerms('%_\\ 50%')).toEqual(['50']);
  });
});
