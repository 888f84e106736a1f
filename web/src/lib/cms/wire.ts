import { SHARE_LINK_PLATFORMS } from '@fractieblog/contract';
import { z } from 'zod';

/** The fields the site requests from Strapi, and nothing else: a cheap runtime guard at the edge. */

const wireFormat = z.object({ url: z.string(), width: z.number(), height: z.number() });

const wireMedia = z.object({
  url: z.string(),
  alternativeText: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  formats: z.record(z.string(), wireFormat).nullish(),
});

export const wireAuthor = z.object({
  name: z.string(),
  slug: z.string(),
  role: z.string().nullish(),
  bio: z.string().nullish(),
  avatar: wireMedia.nullish(),
});

export const wireLabel = z.object({
  name: z.string(),
  slug: z.string(),
  description: z.string().nullish(),
});

export const wirePostSummary = z.object({
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullish(),
  publicationDate: z.string().nullish(),
  publishedAt: z.string().nullish(),
  cover: wireMedia.nullish(),
  author: wireAuthor.nullish(),
  labels: z.array(wireLabel).nullish(),
  content: z.array(z.unknown()).nullish(),
});

export const wirePost = wirePostSummary.extend({ updatedAt: z.string() });

export const wireShareLink = z.object({
  platform: z.enum(SHARE_LINK_PLATFORMS),
  label: z.string(),
  urlTemplate: z.string(),
  enabled: z.boolean().nullish(),
});

export const wireSite = z.object({
  name: z.string(),
  tagline: z.string().nullish(),
  description: z.string().nullish(),
  logo: wireMedia.nullish(),
  defaultShareImage: wireMedia.nullish(),
  facebookUrl: z.string().nullish(),
  xUrl: z.string().nullish(),
  instagramUrl: z.string().nullish(),
  linkedinUrl: z.string().nullish(),
  blueskyUrl: z.string().nullish(),
});

export const wirePagination = z.object({
  page: z.number(),
  pageSize: z.number(),
  // Absent for queries sent with `withCount: false`, whose callers never read them.
  pageCount: z.number().default(0),
  total: z.number().default(0),
});

export type WireMedia = z.infer<typeof wireMedia>;
export type WirePostSummary = z.infer<typeof wirePostSummary>;
