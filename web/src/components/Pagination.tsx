import Link from 'next/link';
import { pageHref } from '@/lib/pagination';
import { nl } from '@/lib/i18n/nl';

/** Plain links, so paging works without JavaScript. */
export function Pagination({
  basePath,
  page,
  pageCount,
}: {
  basePath: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={nl.pagination.label}>
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev">
          ← {nl.pagination.newer}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{nl.pagination.page(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={pageHref(basePath, page + 1)} rel="next">
          {nl.pagination.older} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
