/** The site's cache tags (web/src/lib/cms/tags.ts holds the same names): what the CMS may invalidate. */
export const TAGS = {
  posts: 'posts',
  post: (slug: string) => `post:${slug}`,
  label: (slug: string) => `label:${slug}`,
  author: (slug: string) => `author:${slug}`,
  shareLinks: 'share-links',
  site: 'site',
  redirects: 'redirects',
} as const;
