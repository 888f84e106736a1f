'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, type FormEvent } from 'react';
import { QueryProvider } from '@/components/QueryProvider';
import { nl } from '@/lib/i18n/nl';
import type { SearchPage } from '@/lib/search/hit';
import { MAX_QUERY_LENGTH, readSearchQuery } from '@/lib/search/search-query';
import { fetchSearchPage, retryOutage, SearchRequestError } from './fetch-search-page';
import { SearchPagination } from './SearchPagination';
import { SearchResultCard } from './SearchResultCard';
import { useSearchUrl } from './use-search-url';

export type InitialSearch = {
  text: string;
  page: number;
  /** null when the server could not search, for the reason in `problem`. */
  results: SearchPage | null;
  problem: 'tooFast' | 'unavailable' | null;
  clamped: boolean;
};

/**
 * The search form and its results. The server renders both, so search works without JavaScript;
 * with it, results follow the field as the reader types, from GET /api/zoeken.
 */
export function SearchBox({ initial }: { initial: InitialSearch }) {
  return (
    <QueryProvider>
      <LiveSearch initial={initial} />
    </QueryProvider>
  );
}

function LiveSearch({ initial }: { initial: InitialSearch }) {
  const { text, setText, query, page, goNow } = useSearchUrl(initial.text);
  const resultsRef = useRef<HTMLDivElement>(null);
  const key = query.terms.join(' ');
  const isInitial = key === readSearchQuery(initial.text).terms.join(' ') && page === initial.page;
  const search = useQuery({
    queryKey: ['zoeken', key, page],
    queryFn: ({ signal }) => fetchSearchPage(key, page, signal),
    enabled: key !== '',
    placeholderData: keepPreviousData,
    initialData: isInitial && initial.results ? initial.results : undefined,
    retry: retryOutage,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    goNow(readSearchQuery(text).text, 1);
  }

  function toPage(target: number) {
    goNow(query.text, target);
    resultsRef.current?.scrollIntoView({ block: 'start' });
    resultsRef.current?.focus({ preventScroll: true });
  }

  const results = key === '' ? null : search.data;
  let status = '';
  if (key !== '') {
    if (search.isError) {
      const tooFast = search.error instanceof SearchRequestError && search.error.status === 429;
      status = tooFast ? nl.search.tooFast : nl.search.failed;
    } else if (!results || search.isPlaceholderData) {
      const serverProblem = isInitial ? initial.problem : null;
      if (serverProblem === 'tooFast') status = nl.search.tooFast;
      else if (serverProblem === 'unavailable') status = nl.search.failed;
      else status = nl.search.searching;
    } else {
      status =
        results.total > 0 ? nl.search.found(results.total, query.text) : nl.search.nothingFound(query.text);
    }
  }

  return (
    <>
      <form
        role="search"
        aria-label={nl.search.pageForm}
        action="/zoeken"
        className="search-box"
        onSubmit={submit}
      >
        <label htmlFor="zoekterm" className="search-box__label">
          {nl.search.label}
        </label>
        <div className="search-box__row">
          <input
            id="zoekterm"
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
            className="search-box__input"
          />
          <button type="submit" className="button search-box__submit">
            {nl.search.submit}
          </button>
        </div>
        {initial.clamped && isInitial ? <p className="search-box__note">{nl.search.clamped}</p> : null}
      </form>
      <div ref={resultsRef} tabIndex={-1} className="search-results" aria-busy={search.isFetching}>
        <p role="status" className="search-results__status">
          {status}
        </p>
        {results && results.total === 0 && !search.isPlaceholderData ? (
          <p className="search-results__hint">{nl.search.nothingHint}</p>
        ) : null}
        {results && results.items.length > 0 ? (
          <ol className="search-results__list">
            {results.items.map((hit) => (
              <li key={hit.slug}>
                <SearchResultCard hit={hit} terms={query.terms} />
              </li>
            ))}
          </ol>
        ) : null}
        {results ? (
          <SearchPagination
            text={query.text}
            page={results.page}
            pageCount={results.pageCount}
            onPage={toPage}
          />
        ) : null}
      </div>
    </>
  );
}
