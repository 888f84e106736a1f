import { cmsList } from './client';
import { toPost, toPostSummary } from './mappers';
import { rankRelated } from './related';
import { postBySlugQuery, postListQuery, postsSharingLabelsQuery } from './queries';
import { isSlug } from './slug';
import { TAGS } from '@fractieblog/contract';
import type { Page, Post, PostSummary } from './types';
import { wirePost, wirePostSummary } from './wire';

export async function getPostBySlug(slug: string): Promise<Post | null> {
  if (!isSlug(slug)) return null;
  const { data } = await cmsList('posts', postBySlugQuery(slug), wirePost, [TAGS.post(slug)]);
  const [post] = data;
  return post ? toPost(post) : null;
}

const FEED_SIZE = 20;

/** The newest posts with their bodies, for feeds; optionally one label's or one author's. */
export async function listRecentPosts(
  options: { labelSlug?: string; authorSlug?: string } = {},
): Promise<Post[]> {
  const { data } = await cmsList(
    'posts',
    postListQuery({ ...options, page: 1, pageSize: FEED_SIZE }),
    wirePost,
    tagsFor(options),
  );
  return data.map(toPost);
}

function tagsFor(options: { labelSlug?: string; authorSlug?: string }): string[] {
  if (options.labelSlug) return [TAGS.label(options.labelSlug)];
  if (options.authorSlug) return [TAGS.author(options.authorSlug)];
  return [TAGS.posts];
}

const RELATED = 3;
// Enough candidates to rank by the number of shared labels, few enough to stay one small query.
const RELATED_CANDIDATES = 12;

/** Up to three other posts: most labels in common first, then newest; topped up with the newest posts. */
export async function listRelatedPosts(post: Pick<Post, 'slug' | 'labels'>): Promise<PostSummary[]> {
  const labelSlugs = post.labels.map((label) => label.slug);
  const sharing = labelSlugs.length
    ? await cmsList(
        'posts',
        postsSharingLabelsQuery(post.slug, labelSlugs, RELATED_CANDIDATES),
        wirePostSummary,
        labelSlugs.map(TAGS.label),
      )
    : { data: [] };
  const ranked = rankRelated(post, sharing.data.map(toPostSummary), RELATED);
  if (ranked.length >= RELATED) return ranked;
  const newest = await listPosts({ page: 1 });
  return rankRelated(post, [...ranked, ...newest.items], RELATED);
}

/** Newest first; optionally only one label's or one author's posts. */
export async function listPosts(options: {
  page: number;
  labelSlug?: string;
  authorSlug?: string;
}): Promise<Page<PostSummary>> {
  const { data, meta } = await cmsList('posts', postListQuery(options), wirePostSummary, tagsFor(options));
  return {
    items: data.map(toPostSummary),
    page: meta.pagination.page,
    pageCount: meta.pagination.pageCount,
    total: meta.pagination.total,
  };
}
