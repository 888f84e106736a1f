/**
 * WordPress keeps a local time next to the UTC one, and leaves the UTC one at "0000-00-00 00:00:00"
 * for drafts and for posts from some old imports. A council faction's site runs on Amsterdam time, so
 * that is how a local time is read.
 */

const AMSTERDAM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far Amsterdam's clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(utc: number): number {
  const parts: Record<string, number> = {};
  for (const part of AMSTERDAM.formatToParts(new Date(utc))) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) - (utc - (utc % 1000));
}

/** "2023-06-12 20:15:00" as a wall-clock time, in milliseconds as if it were UTC; null for no date. */
function wallClock(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const part = (index: number) => Number(match[index] ?? 0);
  // WordPress's zero date ("0000-00-00 00:00:00") means "no date".
  if (!part(1) || !part(2) || !part(3)) return null;
  return Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5), part(6));
}

/**
 * An Amsterdam wall-clock time as an ISO instant in UTC, or undefined for WordPress's zero date.
 * In the autumn hour that happens twice the first (summer time) is meant; a time skipped in spring
 * is read with winter time, so 02:30 becomes 03:30 summer time, as PHP does.
 */
export function amsterdamToUtc(value: string): string | undefined {
  const local = wallClock(value);
  if (local === null) return undefined;
  const before = offsetAt(local - DAY_MS);
  const after = offsetAt(local + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((utc) => offsetAt(utc) === local - utc)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? local - before).toISOString();
}

/** A UTC wall-clock time as WordPress and older Ghost versions write it ("2023-06-12 18:15:00"). */
export function utcWallClock(value: string): string | undefined {
  const utc = wallClock(value);
  return utc === null ? undefined : new Date(utc).toISOString();
}
