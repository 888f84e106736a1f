import type { ShareLinkPlatform } from '@fractieblog/contract';
import type { BlocksContent } from '@strapi/blocks-react-renderer';

/** An image as the site shows it: `src` is a path on the site itself (see app/uploads). */
export type Media = {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** `src 500w, …` from Strapi's generated formats, smallest first; empty when there are none. */
  srcSet: string;
};

export type Author = {
  name: string;
  slug: string;
  role: string | null;
  bio: string | null;
  avatar: Media | null;
};

export type Label = { name: string; slug: string; description: string | null };

export type PostSummary = {
  title: string;
  slug: string;
  excerpt: string;
  publicationDate: string;
  /** Estimated whole minutes to read the body. */
  readingMinutes: number;
  cover: Media | null;
  author: Author | null;
  labels: Label[];
};

export type Post = PostSummary & {
  content: BlocksContent;
  updatedAt: string;
};

export type ShareLink = {
  platform: ShareLinkPlatform;
  label: string;
  urlTemplate: string;
};

export type Site = {
  name: string;
  tagline: string | null;
  description: string | null;
  logo: Media | null;
  /** The photo shared for the front page; articles share their own cover or a generated card. */
  shareImage: Media | null;
  socialLinks: { platform: string; url: string }[];
};

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };
