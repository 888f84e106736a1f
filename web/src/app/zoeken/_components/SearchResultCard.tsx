import Link from 'next/link';
import { formatDate } from '@/lib/format/date';
import type { SearchHit } from '@/lib/search/hit';
import { Highlighted } from './Highlighted';

export function SearchResultCard({ hit, terms }: { hit: SearchHit; terms: readonly string[] }) {
  return (
    <article className="search-result">
      <h2 className="search-result__title">
        <Link href={`/berichten/${hit.slug}`}>
          <Highlighted text={hit.title} terms={terms} />
        </Link>
      </h2>
      <p className="search-result__meta">
        <time dateTime={hit.publicationDate}>{formatDate(hit.publicationDate)}</time>
        {hit.authorName ? <> · {hit.authorName}</> : null}
      </p>
      <p className="search-result__snippet">
        <Highlighted text={hit.snippet} terms={terms} />
      </p>
    </article>
  );
}
