import { z } from 'zod';
import { uploadPath } from '../safe-url';
import { excerptFrom } from '../excerpt';
import { readingMinutes } from '../reading-time';
import { plainText, toBlocks } from './blocks';
import { srcSetOf } from './srcset';
import type { Author, Label, Media, Post, PostSummary, ShareLink, Site } from './types';
import type {
  wireAuthor,
  wireLabel,
  wirePost,
  wireShareLink,
  wireSite,
  WireMedia,
  WirePostSummary,
} from './wire';

function toMedia(wire: WireMedia | null | undefined): Media | null {
  if (!wire) return null;
  const src = uploadPath(wire.url);
  if (!src) return null;
  return {
    src,
    alt: wire.alternativeText ?? '',
    width: wire.width ?? null,
    height: wire.height ?? null,
    srcSet: srcSetOf(wire.formats, src, wire.width),
  };
}

export function toAuthor(wire: z.infer<typeof wireAuthor>): Author {
  return {
    name: wire.name,
    slug: wire.slug,
    role: wire.role ?? null,
    bio: wire.bio ?? null,
    avatar: toMedia(wire.avatar),
  };
}

export function toLabel(wire: z.infer<typeof wireLabel>): Label {
  return { name: wire.name, slug: wire.slug, description: wire.description ?? null };
}

export function toPostSummary(wire: WirePostSummary): PostSummary {
  const written = wire.excerpt?.trim();
  const text = plainText(toBlocks(wire.content));
  return {
    title: wire.title,
    slug: wire.slug,
    excerpt: written || excerptFrom(text),
    readingMinutes: readingMinutes(text),
    // Published entries always have a date (the CMS sets it on first publish). A draft in preview
    // without one would get it on publishing, so it shows the moment it is looked at.
    publicationDate: wire.publicationDate ?? wire.publishedAt ?? new Date().toISOString(),
    cover: toMedia(wire.cover),
    author: wire.author ? toAuthor(wire.author) : null,
    labels: (wire.labels ?? []).map(toLabel),
  };
}

export function toPost(wire: z.infer<typeof wirePost>): Post {
  return { ...toPostSummary(wire), content: toBlocks(wire.content), updatedAt: wire.updatedAt };
}

export function toShareLink(wire: z.infer<typeof wireShareLink>): ShareLink {
  return { platform: wire.platform, label: wire.label, urlTemplate: wire.urlTemplate };
}

const SOCIAL_FIELDS = [
  ['facebook', 'facebookUrl'],
  ['x', 'xUrl'],
  ['instagram', 'instagramUrl'],
  ['linkedin', 'linkedinUrl'],
  ['bluesky', 'blueskyUrl'],
] as const;

export function toSite(wire: z.infer<typeof wireSite>): Site {
  return {
    name: wire.name,
    tagline: wire.tagline ?? null,
    description: wire.description ?? null,
    logo: toMedia(wire.logo),
    shareImage: toMedia(wire.defaultShareImage),
    socialLinks: SOCIAL_FIELDS.flatMap(([platform, field]) => {
      const url = wire[field];
      return url && url.startsWith('https://') ? [{ platform, url }] : [];
    }),
  };
}
