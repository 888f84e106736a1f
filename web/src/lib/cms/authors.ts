import { cmsList } from './client';
import { toAuthor } from './mappers';
import { authorBySlugQuery } from './queries';
import { isSlug } from './slug';
import { TAGS } from '@fractieblog/contract';
import type { Author } from './types';
import { wireAuthor } from './wire';

export async function getAuthorBySlug(slug: string): Promise<Author | null> {
  if (!isSlug(slug)) return null;
  const { data } = await cmsList('authors', authorBySlugQuery(slug), wireAuthor, [TAGS.author(slug)]);
  const [author] = data;
  return author ? toAuthor(author) : null;
}
