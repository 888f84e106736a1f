import { describe, expect, it } from 'vitest';
import { MAX_TERMS, normaliseText, readSearchQuery, searchTerms } from './normalise';
import { mapText } from './text-map';

/** The same table as cms/src/search/normalise.test.ts: site and CMS must spell text alike. */
const SPELLINGS: [string, string][] = [
  ['Geïnformeerd', 'geinformeerd'],
  ['ideeën  én   café', 'ideeen en cafe'],
  ['IJsselmeer ĳs', 'ijsselmeer ijs'],
  ['co-financiering, auto’s!', 'co financiering auto s'],
  ['100% _kans_ op\\regen', '100 kans op regen'],
  ['  \n\t ', ''],
  ['Ørsted straße', 'ørsted straße'],
];

describe('normaliseText', () => {
  it.each(SPELLINGS)('%j → %j', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it.each(SPELLINGS)('spells %j the same character by character, as highlighting does', (text, expected) => {
    expect(mapText(text).normalised.replace(/ +/g, ' ').trim()).toBe(expected);
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

describe('readSearchQuery', () => {
  it('reads the first q, trimmed', () => {
    expect(readSearchQuery(['  Geïnformeerd ', 'x'])).toEqual({
      text: 'Geïnformeerd',
      terms: ['geinformeerd'],
      clamped: false,
    });
    expect(readSearchQuery(undefined)).toEqual({ text: '', terms: [], clamped: false });
  });

  it('cuts off an over-long query and extra words instead of refusing them', () => {
    const long = readSearchQuery('regen '.repeat(30));
    expect(long.text).toHaveLength(100);
    expect(long.clamped).toBe(true);

    const wordy = readSearchQuery('een twee drie vier vijf zes zeven acht negen tien');
    expect(wordy.terms).toHaveLength(MAX_TERMS);
    expect(wordy.clamped).toBe(true);
  });
});
