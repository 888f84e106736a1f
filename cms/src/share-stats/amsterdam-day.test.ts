import { describe, expect, it } from 'vitest';
import { amsterdamDay, firstDayOfLast } from './amsterdam-day';

describe('amsterdamDay', () => {
  it('is the calendar day in Amsterdam, not in UTC', () => {
    // 23:30 UTC is already the next day in Amsterdam, in winter (UTC+1) and in summer (UTC+2).
    expect(amsterdamDay(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(amsterdamDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(amsterdamDay(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });
});

describe('firstDayOfLast', () => {
  it('counts today as the first of the days', () => {
    expect(firstDayOfLast(1, new Date('2026-03-10T10:00:00Z'))).toBe('2026-03-10');
    expect(firstDayOfLast(30, new Date('2026-03-10T10:00:00Z'))).toBe('2026-02-09');
  });

  it('steps over the change to summer time and over year ends', () => {
    expect(firstDayOfLast(3, new Date('2026-03-30T08:00:00Z'))).toBe('2026-03-28');
    expect(firstDayOfLast(30, new Date('2026-01-05T23:30:00Z'))).toBe('2025-12-08');
  });
});
