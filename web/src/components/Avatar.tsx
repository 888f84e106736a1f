import type { Author } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { ResponsiveImage } from './ResponsiveImage';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

export function Avatar({ author, size = 48 }: { author: Author; size?: number }) {
  const style = { width: size, height: size };
  if (!author.avatar) {
    return (
      <span className="avatar avatar--initials" style={style} aria-hidden="true">
        {initials(author.name)}
      </span>
    );
  }
  return (
    <span className="avatar" style={style}>
      <ResponsiveImage
        media={author.avatar}
        sizes={`${size}px`}
        alt={author.avatar.alt || nl.posts.avatarAlt(author.name)}
      />
    </span>
  );
}
