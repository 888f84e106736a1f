export { getAuthorBySlug } from './authors';
export { CmsUnavailableError } from './client';
export { getLabelBySlug } from './labels';
export { getPostBySlug, listPosts, listRecentPosts, listRelatedPosts } from './posts';
export { listSitemapEntries, type SitemapEntry } from './sitemap';
export { PAGE_SIZE } from './queries';
export { listShareLinks } from './share-links';
export { getSite } from './site';
export type { Author, Label, Media, Page, Post, PostSummary, ShareLink, Site } from './types';
