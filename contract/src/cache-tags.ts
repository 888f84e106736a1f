/**
 * The site's cache tags. The site caches its data under these names and the CMS sends them to the
 * site's /api/revalidate after a change, so a change here is a change to both sides at once.
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
