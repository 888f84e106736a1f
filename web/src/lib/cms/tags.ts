/**
 * Every cache tag the site uses, in one place. The CMS sends the same names to /api/revalidate
 * (cms/src/revalidation/tags.ts mirrors them), so a change here is a change to the contract.
 */
export const TAGS = {
  /** Lists of posts: the front page, feed and sitemap. */
  posts: 'posts',
  post: (slug: string) => `post:${slug}`,
  label: (slug: string) => `label:${slug}`,
  author: (slug: string) => `author:${slug}`,
  shareLinks: 'share-links',
  site: 'site',
  /** The site's table of old addresses (web/server/redirects.ts). */
  redirects: 'redirects',
} as const;

/** A tag the site knows, as the revalidation endpoint accepts it. */
export const TAG_PATTERN =
  /^(?:posts|share-links|site|redirects|(?:post|label|author):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Without a message from the CMS, cached data is refreshed after this many seconds at the latest. */
export const FALLBACK_REVALIDATE_SECONDS = 3600;
