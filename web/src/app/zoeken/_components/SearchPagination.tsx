import type { MouseEvent } from 'react';
import { nl } from '@/lib/i18n/nl';
import { searchHref } from '@/lib/search/url';

/**
 * Plain links to `?q=…&pagina=N`, so paging works without JavaScript; with it, `onPage` takes
 * over and the results change in place.
 */
export function SearchPagination({
  text,
  page,
  pageCount,
  onPage,
}: {
  text: string;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  const link = (target: number, label: string, rel: 'prev' | 'next') => (
    <a
      href={searchHref(text, target)}
      rel={rel}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onPage(target);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="pagination" aria-label={nl.pagination.label}>
      {page > 1 ? link(page - 1, `← ${nl.search.previous}`, 'prev') : <span />}
      <span className="pagination__status">{nl.pagination.page(page, pageCount)}</span>
      {page < pageCount ? link(page + 1, `${nl.search.next} →`, 'next') : <span />}
    </nav>
  );
}
