import { z } from 'zod/mini';

/** One search result as the site shows it; `snippet` is the excerpt or the matching part of the body. */
const searchHit = z.object({
  slug: z.string(),
  title: z.string(),
  publicationDate: z.string(),
  authorName: z.nullable(z.string()),
  snippet: z.string(),
});

/** A page of results: what GET /api/zoeken answers, checked in the browser (zod/mini: a small island). */
export const searchPageSchema = z.object({
  items: z.array(searchHit),
  page: z.number(),
  pageCount: z.number(),
  total: z.number(),
});

export type SearchHit = z.infer<typeof searchHit>;
export type SearchPage = z.infer<typeof searchPageSchema>;
