/**
 * Where a reader can share a post: the share buttons' platforms, plus "Kopieer link" (`copy`) and
 * the browser's share sheet (`native`). The share-count schema's enumeration holds the same list.
 */
export const SHARE_PLATFORMS = [
  'facebook',
  'x',
  'linkedin',
  'whatsapp',
  'bluesky',
  'email',
  'copy',
  'native',
] as const;

export type SharePlatform = (typeof SHARE_PLATFORMS)[number];

export function isSharePlatform(value: unknown): value is SharePlatform {
  return SHARE_PLATFORMS.some((platform) => platform === value);
}
