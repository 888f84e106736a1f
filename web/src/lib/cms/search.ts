import { searchTerms, TAGS } from '@fractieblog/contract';
import { MAX_QUERY_LENGTH, MAX_TERMS } from '../search/search-query';
import type { SearchPage } from '../search/hit';
import { snippetFor } from '../search/snippet';
import { plainText, toBlocks } from './blocks';
import { cmsList } from './client';
import { toPostSummary } from './mappers';
import { wirePostSummary, type WirePostSummary } from './wire';

/** The CMS pages search results up to here; nobody reads a thousand pages of them. */
const MAX_PAGE = 1000;

/**
 * The terms as the CMS receives them: sorted, since word order does not change the results and one
 * cache entry then serves both orders, and within the CMS's length limit.
 */
function cmsQueryText(terms: string[]): string {
  const sorted = [...terms].sort();
  while (sorted.join(' ').length > MAX_QUERY_LENGTH) sorted.pop();
  return sorted.join(' ');
}

export function searchQuery(terms: string[], page: number) {
  return {
    q: cmsQueryText(terms),
    page: String(page),
    // The body too: the snippet may come from it, and an empty excerpt is derived from it.
    fields: ['title', 'slug', 'excerpt', 'publicationDate', 'publishedAt', 'content'],
    populate: { author: { fields: ['name', 'slug'] } },
  };
}

function toSearchHit(wire: WirePostSummary, terms: string[]) {
  const post = toPostSummary(wire);
  return {
    slug: post.slug,
    title: post.title,
    publicationDate: post.publicationDate,
    authorName: post.author?.name ?? null,
    snippet: snippetFor({ excerpt: post.excerpt, body: plainText(toBlocks(wire.content)) }, terms),
  };
}

/**
 * Published posts whose title, excerpt or body hold every word of `q`, newest first. Cached under
 * the `posts` tag like every post list: the CMS expires it on each publish, edit or unpublish.
 */
export async function searchPosts({ q, page }: { q: string; page: number }): Promise<SearchPage> {
  const terms = searchTerms(q).slice(0, MAX_TERMS);
  if (terms.length === 0 || page > MAX_PAGE) return { items: [], page, pageCount: 0, total: 0 };
  const { data, meta } = await cmsList('posts/search', searchQuery(terms, page), wirePostSummary, [
    TAGS.posts,
  ]);
  return {
    items: data.map((wire) => toSearchHit(wire, terms)),
    page: meta.pagination.page,
    pageCount: meta.pagination.pageCount,
    total: meta.pagination.total,
  };
}
