import type { PostSummary } from '@/lib/cms';
import { formatDate } from '@/lib/format/date';
import { nl } from '@/lib/i18n/nl';
import { ResponsiveImage } from './ResponsiveImage';

/**
 * One post in a list: title, date, author, excerpt, and the cover when there is one. Its links are
 * plain `<a>`s, not next/link: an article is a page of its own without React (lib/static-document.ts),
 * so it is loaded as one.
 */
export function PostCard({
  post,
  headingLevel = 2,
  priority = false,
}: {
  post: PostSummary;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const href = `/berichten/${post.slug}`;
  return (
    <article className={post.cover ? 'post-card' : 'post-card post-card--text'}>
      {post.cover ? (
        <a href={href} className="post-card__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            media={post.cover}
            sizes="(min-width: 48rem) 16rem, 100vw"
            priority={priority}
            alt=""
          />
        </a>
      ) : null}
      <div className="post-card__body">
        <p className="post-card__meta">
          <time dateTime={post.publicationDate}>{formatDate(post.publicationDate)}</time>
          {post.author ? <> · {post.author.name}</> : null} · {nl.posts.readingTime(post.readingMinutes)}
        </p>
        <Heading className="post-card__title">
          <a href={href}>{post.title}</a>
        </Heading>
        <p className="post-card__excerpt">{post.excerpt}</p>
      </div>
    </article>
  );
}
