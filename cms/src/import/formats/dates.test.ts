import { describe, expect, it } from 'vitest';
import { isoUtc } from './dates';

describe('isoUtc', () => {
  it.each([
    ['RFC 822 in UTC', 'Tue, 14 Mar 2023 09:30:00 +0000', '2023-03-14T09:30:00.000Z'],
    [
      'RFC 822 with CEST, which Date.parse does not know',
      'Mon, 12 Jun 2023 20:15:00 CEST',
      '2023-06-12T18:15:00.000Z',
    ],
    ['RFC 822 with CET', 'Thu, 02 Nov 2023 16:45:00 CET', '2023-11-02T15:45:00.000Z'],
    ['ISO with an offset', '2012-03-14T10:30:00.000+01:00', '2012-03-14T09:30:00.000Z'],
    ['ISO in UTC', '2023-03-14T09:30:00Z', '2023-03-14T09:30:00.000Z'],
    ['a wall-clock time, UTC by convention', '2019-01-01 10:00:00', '2019-01-01T10:00:00.000Z'],
    ['epoch milliseconds', 1426078349135, '2015-03-11T12:52:29.135Z'],
  ])('reads %s', (_case, value, expected) => {
    expect(isoUtc(value)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['  '], ['morgen'], [{}], [Number.NaN]])(
    'has no date for %j',
    (value) => {
      expect(isoUtc(value)).toBeUndefined();
    },
  );
});
