import type { ShareLinkPlatform } from '@fractieblog/contract';
/**
 * The shape of the demo content. Data files describe content in plain terms; `run-seed.ts` turns
 * file names into uploaded media and slugs into relations.
 */

export type SeedText = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};

export type SeedLink = { type: 'link'; url: string; children: SeedText[] };

export type SeedInline = SeedText | SeedLink;

export type SeedListItem = { type: 'list-item'; children: SeedInline[] };

/** Strapi's blocks, except that an image names a file in `cms/seed/media/` instead of an upload. */
export type SeedBlock =
  | { type: 'paragraph'; children: SeedInline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: SeedInline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: SeedListItem[] }
  | { type: 'quote'; children: SeedInline[] }
  | { type: 'code'; language?: string; children: SeedText[] }
  | { type: 'seed-image'; file: string; alt: string; caption?: string };

export type SeedImage = { file: string; alt: string };

export type SeedAuthor = {
  slug: string;
  name: string;
  role: string;
  bio: string;
  avatar: SeedImage;
};

export type SeedLabel = { slug: string; name: string; description: string };

export type SeedPost = {
  slug: string;
  title: string;
  /** Left out on purpose for some posts: the CMS derives it from the body. */
  excerpt?: string;
  /** ISO 8601 with offset, e.g. 2020-09-07T17:35:00+02:00 */
  publicationDate: string;
  /** slug of a SeedAuthor */
  author: string;
  /** slugs of SeedLabels */
  labels: string[];
  cover?: SeedImage;
  content: SeedBlock[];
  /** true: saved as a draft and never published */
  draft?: boolean;
};

export type SeedShareLink = {
  platform: ShareLinkPlatform;
  label: string;
  urlTemplate: string;
  order: number;
  enabled: boolean;
};

export type SeedSite = {
  name: string;
  tagline: string;
  description: string;
  logo: SeedImage;
  defaultShareImage: SeedImage;
  facebookUrl?: string;
  xUrl?: string;
  instagramUrl?: string;
  linkedinUrl?: string;
  blueskyUrl?: string;
};
