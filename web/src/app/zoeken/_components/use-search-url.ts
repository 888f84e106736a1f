'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { parsePageParam } from '@/lib/pagination';
import { readSearchQuery } from '@/lib/search/search-query';
import { searchHref } from '@/lib/search/url';

const DEBOUNCE_MS = 250;
/** Typing pauses longer than this start a new history entry; shorter ones replace the current one. */
const SETTLE_MS = 1500;

/**
 * The search field's text and the query in the URL, kept in step. Typing updates the URL after
 * a short pause: the first change of a burst pushes a history entry and the rest replace it, so
 * Back returns to the previous search, not to every letter. Back and Forward put their query
 * back into the field. The URL is the source of truth for what is searched.
 */
export function useSearchUrl(initialText: string) {
  const params = useSearchParams();
  const query = readSearchQuery(params.get('q') ?? undefined);
  const page = parsePageParam(params.get('pagina') ?? undefined) ?? 1;
  const [text, setText] = useState(initialText);
  /** The query text the URL holds because this hook wrote it. */
  const written = useRef(query.text);
  const settled = useRef(true);
  const settleTimer = useRef<number | undefined>(undefined);

  const go = useCallback((nextText: string, nextPage: number) => {
    written.current = nextText;
    const href = searchHref(nextText, nextPage);
    if (href === `${window.location.pathname}${window.location.search}`) return;
    if (settled.current) window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
    settled.current = false;
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => (settled.current = true), SETTLE_MS);
  }, []);

  useEffect(() => {
    if (query.text === written.current) return;
    // Back or Forward: the field shows the search the URL now holds.
    written.current = query.text;
    setText(query.text);
  }, [query.text]);

  useEffect(() => {
    const next = readSearchQuery(text).text;
    if (next === written.current) return;
    const timer = window.setTimeout(() => {
      if (next !== written.current) go(next, 1);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, go]);

  /** Enter or a page link: go there now, as a search of its own. */
  const goNow = useCallback(
    (nextText: string, nextPage: number) => {
      settled.current = true;
      go(nextText, nextPage);
      // The next keystroke starts a new search of its own.
      settled.current = true;
    },
    [go],
  );

  return { text, setText, query, page, goNow };
}
