import { cmsList } from './client';
import { toPost, toPostSummary } from './mappers';
import { postBySlugQuery, postListQuery } from './queries';
import { isSlug } from './slug';
import { TAGS } from './tags';
import type { Page, Post, PostSummary } from './types';
import { wirePost, wirePostSummary } from './wire';

export async function getPostBySlug(slug: string): Promise<Post | null> {
  if (!isSlug(slug)) return null;
  const { data } = await cmsList('posts', postBySlugQuery(slug), wirePost, [TAGS.post(slug)]);
  const [post] = data;
  return post ? toPost(post) : null;
}

/** Newest first; optionally only one label's or one author's posts. */
export async function listPosts(options: {
  page: number;
  labelSlug?: string;
  authorSlug?: string;
}): Promise<Page<PostSummary>> {
  const tags = options.labelSlug
    ? [TAGS.label(options.labelSlug)]
    : options.authorSlug
      ? [TAGS.author(options.authorSlug)]
      : [TAGS.posts];
  const { data, meta } = await cmsList('posts', postListQuery(options), wirePostSummary, tags);
  return {
    items: data.map(toPostSummary),
    page: meta.pagination.page,
    pageCount: meta.pagination.pageCount,
    total: meta.pagination.total,
  };
}
