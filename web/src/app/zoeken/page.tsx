import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CmsUnavailableError, searchPosts } from '@/lib/cms';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { nl } from '@/lib/i18n/nl';
import { parsePageParam } from '@/lib/pagination';
import { readSearchQuery } from '@/lib/search/search-query';
import { SearchBox, type InitialSearch } from './_components/SearchBox';
import './search.css';

/** Each search asks the CMS; a client that sends more than this is shown a message instead. */
const limiter = createRateLimiter({ name: 'search-page', limit: 30, windowMs: 60_000 });

export async function generateMetadata({ searchParams }: PageProps<'/zoeken'>): Promise<Metadata> {
  const { text } = readSearchQuery((await searchParams).q);
  return {
    title: text ? nl.search.titleFor(text) : nl.search.title,
    alternates: { canonical: '/zoeken' },
    // Result pages are endless variations of the posts themselves.
    robots: text ? { index: false, follow: true } : undefined,
  };
}

/** The results, or why there are none: the page says so rather than crash or hammer the CMS. */
async function searchFor(terms: string[], page: number): Promise<Pick<InitialSearch, 'results' | 'problem'>> {
  if (terms.length === 0) return { results: { items: [], page, pageCount: 0, total: 0 }, problem: null };
  if (!(await limiter.take(clientKey(await headers()))).ok) return { results: null, problem: 'tooFast' };
  try {
    return { results: await searchPosts({ q: terms.join(' '), page }), problem: null };
  } catch (error) {
    if (error instanceof CmsUnavailableError) return { results: null, problem: 'unavailable' };
    throw error;
  }
}

/** `/zoeken?q=…&pagina=N`: server-rendered results, which the search box then keeps up to date. */
export default async function SearchPage({ searchParams }: PageProps<'/zoeken'>) {
  const params = await searchParams;
  const query = readSearchQuery(params.q);
  const page = parsePageParam(params.pagina);
  if (page === null) notFound();
  const { results, problem } = await searchFor(query.terms, page);
  if (results && page > 1 && page > results.pageCount) notFound();
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title" className="listing__title">
        {nl.search.title}
      </h1>
      <SearchBox initial={{ text: query.text, page, results, problem, clamped: query.clamped }} />
    </section>
  );
}
