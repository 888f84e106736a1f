import type { Author, Label, Post, Site } from '@/lib/cms';
import { formatDate } from '@/lib/format/date';
import { nl } from '@/lib/i18n/nl';
import type { ShareImageSource } from './share-image';

/** An article shares its cover; without one, a card with its title, author and date. */
export function postShareImage(post: Post, site: Site): ShareImageSource {
  const date = formatDate(post.publicationDate);
  return {
    photo: post.cover,
    card: {
      kicker: post.labels[0]?.name,
      title: post.title,
      meta: post.author ? nl.shareCard.by(post.author.name, date) : date,
      siteName: site.name,
    },
  };
}

export function labelShareImage(label: Label, site: Site): ShareImageSource {
  return {
    photo: null,
    card: {
      kicker: nl.shareCard.label,
      title: label.name,
      meta: label.description ?? undefined,
      siteName: site.name,
    },
  };
}

export function authorShareImage(author: Author, site: Site): ShareImageSource {
  return {
    photo: null,
    card: {
      kicker: author.role ?? nl.shareCard.author,
      title: author.name,
      meta: author.bio ?? undefined,
      siteName: site.name,
    },
  };
}

/** The front page shares the site's own share photo when an editor set one. */
export function frontShareImage(site: Site): ShareImageSource {
  return {
    photo: site.shareImage,
    card: { title: site.name, meta: site.tagline ?? site.description ?? undefined, siteName: site.name },
  };
}
