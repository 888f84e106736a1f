import Link from 'next/link';
import type { Author } from '@/lib/cms';
import { formatDateTime } from '@/lib/format/date';
import { nl } from '@/lib/i18n/nl';
import { Avatar } from './Avatar';

/** `Door Henrike Nijman op 7 september 2020 om 17:35`, with the author's avatar. */
export function Byline({
  author,
  date,
  avatarSize = 48,
}: {
  author: Author | null;
  date: string;
  avatarSize?: number;
}) {
  return (
    <div className="byline">
      {author ? <Avatar author={author} size={avatarSize} /> : null}
      <p>
        {author ? (
          <>
            {nl.posts.byline.by} <Link href={`/auteurs/${author.slug}`}>{author.name}</Link>{' '}
            {nl.posts.byline.on}{' '}
          </>
        ) : null}
        <time dateTime={date}>{formatDateTime(date)}</time>
      </p>
    </div>
  );
}
