import { z } from 'zod';
import { isSlug } from '@/lib/cms/slug';
import { SHARE_PLATFORMS, type SharePlatform } from '@fractieblog/contract';

/** What the browser reports when a reader shares: which post, where to. Nothing about the reader. */
export const shareEvent = z.strictObject({
  slug: z.string().refine(isSlug),
  platform: z.enum(SHARE_PLATFORMS),
});

export type ShareEvent = { slug: string; platform: SharePlatform };
