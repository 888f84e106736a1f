import { describe, expect, it } from 'vitest';
import { normaliseText } from '@fractieblog/contract';
import { MAX_TERMS, readSearchQuery } from './search-query';
import { mapText } from './text-map';

/** Highlighting maps matches back to the reader's text, so it must spell text as search does. */
describe('mapText', () => {
  it.each([
    'Geïnformeerd',
    'ideeën  én   café',
    'IJsselmeer ĳs',
    'co-financiering, auto’s!',
    '100% _kans_ op\\regen',
    '  \n\t ',
    'Ørsted straße',
  ])('spells %j as normaliseText does, character by character', (text) => {
    expect(mapText(text).normalised.replace(/ +/g, ' ').trim()).toBe(normaliseText(text));
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
