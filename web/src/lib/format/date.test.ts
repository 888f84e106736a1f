import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';

const originalTz = process.env.TZ;

describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('with the server in %s', (zone) => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('formats a summer date in Amsterdam time (CEST, +02:00)', () => {
    process.env.TZ = zone;
    expect(formatDateTime('2020-09-07T15:35:00.000Z')).toBe('7 september 2020 om 17:35');
  });

  it('formats a winter date in Amsterdam time (CET, +01:00)', () => {
    process.env.TZ = zone;
    expect(formatDateTime('2021-01-31T23:05:00.000Z')).toBe('1 februari 2021 om 00:05');
    expect(formatDate('2021-01-31T23:05:00.000Z')).toBe('1 februari 2021');
  });
});

it('really runs under another zone when TZ is set (so the tests above mean something)', () => {
  process.env.TZ = 'America/New_York';
  expect(new Date('2020-09-07T15:35:00.000Z').getHours()).toBe(11);
  process.env.TZ = originalTz;
});
