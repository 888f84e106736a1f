/**
 * The platforms an editor can give a share button (the share-link schema's enumeration), in the
 * order the site offers them.
 */
export const SHARE_LINK_PLATFORMS = ['facebook', 'x', 'linkedin', 'whatsapp', 'bluesky', 'email'] as const;

export type ShareLinkPlatform = (typeof SHARE_LINK_PLATFORMS)[number];

/**
 * Where a reader can share a post: the share buttons' platforms, plus "Kopieer link" (`copy`) and
 * the browser's share sheet (`native`). The CMS counts shares per platform (the share-count schema's
 * enumeration) and the site reports them; the article's share list gets the list in its script's
 * settings.
 */
export const SHARE_PLATFORMS = [...SHARE_LINK_PLATFORMS, 'copy', 'native'] as const;

export type SharePlatform = (typeof SHARE_PLATFORMS)[number];

export function isSharePlatform(value: unknown): value is SharePlatform {
  return SHARE_PLATFORMS.some((platform) => platform === value);
}
