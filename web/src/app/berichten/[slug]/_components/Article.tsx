import { RichText } from '@/components/blocks/RichText';
import { Byline } from '@/components/Byline';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import type { Post, ShareLink } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { LabelList } from './LabelList';
import { ShareBlock } from './ShareBlock';

export function Article({
  post,
  shareLinks,
  canonicalUrl,
}: {
  post: Post;
  shareLinks: ShareLink[];
  canonicalUrl: string;
}) {
  return (
    <article className="article">
      <header className="article__header">
        <h1>{post.title}</h1>
        <Byline author={post.author} date={post.publicationDate} />
        <p className="article__reading-time">{nl.posts.readingTime(post.readingMinutes)}</p>
      </header>
      {post.cover ? (
        <figure className="article__cover">
          <ResponsiveImage media={post.cover} sizes="(min-width: 52rem) 52rem, 100vw" priority />
        </figure>
      ) : null}
      <RichText blocks={post.content} />
      <footer className="article__footer">
        <ShareBlock links={shareLinks} target={{ url: canonicalUrl, title: post.title }} />
        <LabelList labels={post.labels} />
      </footer>
    </article>
  );
}
