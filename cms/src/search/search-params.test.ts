import { describe, expect, it } from 'vitest';
import { parseSearchParams } from './search-params';

describe('parseSearchParams', () => {
  it('reads terms and page', () => {
    expect(parseSearchParams({ q: 'Geïnformeerd bewoners', page: '2' })).toEqual({
      terms: ['geinformeerd', 'bewoners'],
      page: 2,
    });
    expect(parseSearchParams({ q: 'regen' })).toEqual({ terms: ['regen'], page: 1 });
  });

  it.each([
    [{}],
    [{ q: ['a', 'b'] }],
    [{ q: { $ne: 'x' } }],
    [{ q: '%%__' }],
    [{ q: 'x'.repeat(101) }],
    [{ q: 'een twee drie vier vijf zes zeven acht negen' }],
    [{ q: 'regen', page: '0' }],
    [{ q: 'regen', page: '1.5' }],
    [{ q: 'regen', page: '1001' }],
    [{ q: 'regen', page: ['1', '2'] }],
  ])('refuses %j', (query) => {
    expect(parseSearchParams(query)).toHaveProperty('problem');
  });
});
