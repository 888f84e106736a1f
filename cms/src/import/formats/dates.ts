import { utcWallClock } from './amsterdam-time';

/** RSS dates name their zone; Date.parse knows the American ones only. */
const ZONES: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  WET: '+0000',
  WEST: '+0100',
  BST: '+0100',
};

/**
 * Any date an export gives (ISO 8601, RFC 822, epoch milliseconds, or a wall-clock time that is
 * UTC by convention) as an ISO instant in UTC; undefined when there is none or it makes no sense.
 */
export function isoUtc(value: unknown): string | undefined {
  if (typeof value === 'number') return valid(new Date(value));
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const wallClock = utcWallClock(text);
  if (wallClock) return wallClock;
  return valid(new Date(text.replace(/\b(CEST|CET|MEST|MET|WEST|WET|BST)\b/, (zone) => ZONES[zone] ?? zone)));
}

function valid(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
