import { formatDate } from '@/lib/format/date';
import type { SearchHit } from '@/lib/search/hit';
import { Highlighted } from './Highlighted';

/** One hit. Its link is a plain `<a>`: an article is a page without React, loaded as one. */
export function SearchResultCard({ hit, terms }: { hit: SearchHit; terms: readonly string[] }) {
  return (
    <article className="search-result">
      <h2 className="search-result__title">
        <a href={`/berichten/${hit.slug}`}>
          <Highlighted text={hit.title} terms={terms} />
        </a>
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
