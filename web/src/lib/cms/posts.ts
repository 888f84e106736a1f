import { cmsList } from './client';
import { toPost, toPostSummary } from './mappers';
import { postBySlugQuery, postListQuery } from './queries';
import { isSlug } from './slug';
import type { Page, Post, PostSummary } from './types';
import { wirePost, wirePostSummary } from './wire';

export async function getPostBySlug(slug: string): Promise<Post | null> {
  if (!isSlug(slug)) return null;
  const { data } = await cmsList('posts', postBySlugQuery(slug), wirePost);
  const [post] = data;
  return post ? toPost(post) : null;
}

/** Newest first; optionally only one label's or one author's posts. */
export async function listPosts(options: {
  page: number;
  labelSlug?: string;
  authorSlug?: string;
}): Promise<Page<PostSummary>> {
  const { data, meta } = await cmsList('posts', postListQuery(options), wirePostSummary);
  return {
    items: data.map(toPostSummary),
    page: meta.pagination.page,
    pageCount: meta.pagination.pageCount,
    total: meta.pagination.total,
  };
}
