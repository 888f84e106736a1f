import type { Core } from '@strapi/strapi';
import { TAGS } from '@fractieblog/contract';

type Slugged = { slug?: string | null };
const slugsOf = (entries: Slugged[] | null | undefined) =>
  (entries ?? []).flatMap((entry) => (entry.slug ? [entry.slug] : []));

/**
 * The pages that show a document as the public sees it now (its published state): what must be
 * refreshed when it changes. Called before and after a change, so old slugs, old labels and an
 * old author are refreshed too.
 */
type TagsOf = (strapi: Core.Strapi, documentId: string) => Promise<string[]>;

const postTags: TagsOf = async (strapi, documentId) => {
  const post = await strapi.documents('api::post.post').findOne({
    documentId,
    status: 'published',
    fields: ['slug'],
    populate: { author: { fields: ['slug'] }, labels: { fields: ['slug'] } },
  });
  if (!post?.slug) return [];
  return [
    TAGS.posts,
    TAGS.post(post.slug),
    ...slugsOf(post.author ? [post.author] : []).map(TAGS.author),
    ...slugsOf(post.labels).map(TAGS.label),
  ];
};

// Bylines and post cards show the author's name and avatar.
const authorTags: TagsOf = async (strapi, documentId) => {
  const author = await strapi.documents('api::author.author').findOne({
    documentId,
    fields: ['slug'],
    populate: { posts: { fields: ['slug'] } },
  });
  if (!author?.slug) return [];
  return [TAGS.posts, TAGS.author(author.slug), ...slugsOf(author.posts).map(TAGS.post)];
};

const labelTags: TagsOf = async (strapi, documentId) => {
  const label = await strapi.documents('api::label.label').findOne({
    documentId,
    fields: ['slug'],
    populate: { posts: { fields: ['slug'] } },
  });
  if (!label?.slug) return [];
  // `posts` covers the sitemap, which lists every label.
  return [TAGS.posts, TAGS.label(label.slug), ...slugsOf(label.posts).map(TAGS.post)];
};

export const AFFECTED_TAGS: Record<string, TagsOf> = {
  'api::post.post': postTags,
  'api::author.author': authorTags,
  'api::label.label': labelTags,
  'api::share-link.share-link': async () => [TAGS.shareLinks],
  'api::site.site': async () => [TAGS.site],
  'api::redirect.redirect': async () => [TAGS.redirects],
};

/** Pages that show an uploaded file: posts with it as cover, authors with it as avatar, the site logo. */
export async function tagsForMedia(strapi: Core.Strapi, fileId: number): Promise<string[]> {
  const [posts, authors, sites] = await Promise.all([
    strapi.db.query('api::post.post').findMany({
      where: { cover: { id: fileId }, publishedAt: { $notNull: true } },
      select: ['documentId'],
    }),
    strapi.db
      .query('api::author.author')
      .findMany({ where: { avatar: { id: fileId } }, select: ['documentId'] }),
    strapi.db.query('api::site.site').findMany({
      where: { $or: [{ logo: { id: fileId } }, { defaultShareImage: { id: fileId } }] },
      select: ['id'],
    }),
  ]);
  const nested = await Promise.all([
    ...posts.map((post: { documentId: string }) => postTags(strapi, post.documentId)),
    ...authors.map((author: { documentId: string }) => authorTags(strapi, author.documentId)),
  ]);
  return [...nested.flat(), ...(sites.length > 0 ? [TAGS.site] : [])];
}
