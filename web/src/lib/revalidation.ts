import { z } from 'zod';
import { TAG_PATTERN } from '@fractieblog/contract';

const MAX_TAGS = 500;

/** The body the CMS sends to /api/revalidate: only known tag names, nothing else. */
export const revalidationRequest = z.strictObject({
  tags: z
    .array(z.string().max(220).regex(TAG_PATTERN))
    .min(1)
    .max(MAX_TAGS)
    .transform((tags) => [...new Set(tags)]),
});
