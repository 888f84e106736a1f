import { z } from 'zod';
import { cmsList } from './client';
import { sitemapQuery } from './queries';
import { TAGS } from '@fractieblog/contract';

const wireEntry = z.object({ slug: z.string(), updatedAt: z.string() });

export type SitemapEntry = { path: string; lastModified: string };

/** Every page of one collection, 100 at a time. */
async function allOf(collection: 'posts' | 'labels' | 'authors', tags: string[]) {
  const entries: z.infer<typeof wireEntry>[] = [];
  for (let page = 1; ; page += 1) {
    const { data, meta } = await cmsList(collection, sitemapQuery(page), wireEntry, tags);
    entries.push(...data);
    if (page >= meta.pagination.pageCount) return entries;
  }
}

/** The front page and every post, label and author page, each with when it last changed. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  // The lists change with every publish, which sends `posts`: one tag keeps all three fresh.
  const [posts, labels, authors] = await Promise.all([
    allOf('posts', [TAGS.posts]),
    allOf('labels', [TAGS.posts]),
    allOf('authors', [TAGS.posts]),
  ]);
  const newest =
    posts
      .map((post) => post.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  return [
    { path: '/', lastModified: newest },
    ...posts.map((post) => ({ path: `/berichten/${post.slug}`, lastModified: post.updatedAt })),
    ...labels.map((label) => ({ path: `/labels/${label.slug}`, lastModified: label.updatedAt })),
    ...authors.map((author) => ({ path: `/auteurs/${author.slug}`, lastModified: author.updatedAt })),
  ];
}
