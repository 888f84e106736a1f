import type { ShareLink } from '@/lib/cms';

/**
 * Where a reader can share a post: the share buttons' platforms, plus "Kopieer link" (`copy`) and
 * the browser's share sheet (`native`). The CMS's share-count schema has the same enumeration.
 * Kept apart from the zod schema, so the browser's island does not carry zod.
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

// A share button whose platform cannot be counted does not compile.
const everyShareLinkIsCounted: ShareLink['platform'] extends SharePlatform ? true : never = true;
void everyShareLinkIsCounted;

export function isSharePlatform(value: unknown): value is SharePlatform {
  return SHARE_PLATFORMS.some((platform) => platform === value);
}
