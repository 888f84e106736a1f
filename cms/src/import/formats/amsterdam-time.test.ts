import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, utcWallClock } from './amsterdam-time';

describe('amsterdamToUtc', () => {
  it.each([
    ['winter time, one hour ahead', '2023-11-02 16:45:00', '2023-11-02T15:45:00.000Z'],
    ['summer time, two hours ahead', '2023-06-12 20:15:00', '2023-06-12T18:15:00.000Z'],
    ['the last minute before summer time', '2021-03-28 01:59:00', '2021-03-28T00:59:00.000Z'],
    ['the first minute of summer time', '2021-03-28 03:00:00', '2021-03-28T01:00:00.000Z'],
    [
      'a time the spring change skips, read as winter time',
      '2021-03-28 02:30:00',
      '2021-03-28T01:30:00.000Z',
    ],
    [
      'the autumn hour that happens twice, first (summer) one',
      '2021-10-31 02:30:00',
      '2021-10-31T00:30:00.000Z',
    ],
    ['the first minute after the autumn hour', '2021-10-31 03:00:00', '2021-10-31T02:00:00.000Z'],
    ['a time without seconds', '2023-01-06 13:05', '2023-01-06T12:05:00.000Z'],
    ['an ISO-style T', '2023-03-14T10:30:00', '2023-03-14T09:30:00.000Z'],
  ])('reads %s', (_case, local, utc) => {
    expect(amsterdamToUtc(local)).toBe(utc);
  });

  it.each([['0000-00-00 00:00:00'], [''], ['gisteren'], ['2023-13-45 99:99:99x']])(
    'has no date for %j',
    (value) => {
      expect(amsterdamToUtc(value)).toBeUndefined();
    },
  );
});

describe('utcWallClock', () => {
  it('reads a WordPress UTC column as UTC', () => {
    expect(utcWallClock('2023-03-14 09:30:00')).toBe('2023-03-14T09:30:00.000Z');
  });

  it('has no date for the zero date', () => {
    expect(utcWallClock('0000-00-00 00:00:00')).toBeUndefined();
  });
});
