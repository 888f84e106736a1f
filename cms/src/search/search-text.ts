import { normaliseText } from '@fractieblog/contract';
import { blocksText } from './plain-text';

/** The fields a post is found by. */
export const SEARCHED_FIELDS = ['title', 'excerpt', 'content'] as const;

type SearchedFields = { title?: unknown; excerpt?: unknown; content?: unknown };

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What `searchText` holds: title, excerpt and body as one normalised string. */
export function searchTextOf(post: SearchedFields): string {
  return normaliseText([asText(post.title), asText(post.excerpt), blocksText(post.content)].join(' '));
}
