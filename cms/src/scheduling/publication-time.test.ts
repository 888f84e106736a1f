import { describe, expect, it } from 'vitest';
import { dutchDateTime, futureDateProblem, isInTheFuture, toDate } from './publication-time';

const NOW = new Date('2026-11-28T08:00:00.000Z');

describe('isInTheFuture', () => {
  it.each([
    ['an hour ahead', '2026-11-28T09:00:00.000Z'],
    ['just past the clock skew', '2026-11-28T08:01:00.001Z'],
    ['next year, as a Date', new Date('2027-01-01T00:00:00Z')],
  ])('is true for %s', (_name, value) => {
    expect(isInTheFuture(value, NOW)).toBe(true);
  });

  it.each([
    ['an old date', '2019-03-14T09:30:00.000Z'],
    ['now', NOW.toISOString()],
    ['within the clock skew', '2026-11-28T08:00:59.000Z'],
    ['no date', null],
    ['an empty string', ''],
    ['something that is not a date', 'morgen'],
  ])('is false for %s', (_name, value) => {
    expect(isInTheFuture(value, NOW)).toBe(false);
  });
});

describe('toDate', () => {
  it('reads ISO strings and refuses rubbish', () => {
    expect(toDate('2020-09-07T15:35:00.000Z')?.toISOString()).toBe('2020-09-07T15:35:00.000Z');
    expect(toDate(undefined)).toBeNull();
    expect(toDate({})).toBeNull();
  });
});

describe('dutchDateTime', () => {
  it('writes the date as the site does, in Amsterdam time', () => {
    expect(dutchDateTime(new Date('2020-09-07T15:35:00Z'))).toBe('7 september 2020 om 17:35');
    expect(dutchDateTime(new Date('2026-12-01T08:00:00Z'))).toBe('1 december 2026 om 09:00');
  });
});

describe('futureDateProblem', () => {
  const nextWeek = '2026-12-05T09:00:00.000Z';

  it('tells the editor to schedule instead of publishing', () => {
    expect(futureDateProblem(nextWeek, false, NOW)).toMatch(
      /^De publicatiedatum \(5 december 2026 om 10:00\) ligt in de toekomst\..*Zet 'Ingepland' aan en klik op Bewaar in plaats van Publiceer/,
    );
  });

  it('tells the editor of a scheduled post that it will appear by itself', () => {
    expect(futureDateProblem(nextWeek, true, NOW)).toMatch(/^Dit bericht is ingepland voor 5 december 2026/);
  });

  it('has no objection to a date that has come', () => {
    expect(futureDateProblem('2026-11-28T07:59:00.000Z', true, NOW)).toBeNull();
    expect(futureDateProblem(null, false, NOW)).toBeNull();
  });
});
