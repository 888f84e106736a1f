import { isSharePlatform, type SharePlatform } from '@fractieblog/contract';

/** Lowercase words joined by hyphens, as the slug rules allow (web/src/lib/cms/slug.ts does the same). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type RecordRequest = { slug: string; platform: SharePlatform };

/** The site's `{ slug, platform }`, or a Dutch reason why it is not one. */
export function parseRecordRequest(body: unknown): RecordRequest | { problem: string } {
  const slug: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'slug') : undefined;
  const platform: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, 'platform') : undefined;
  if (typeof slug !== 'string' || slug.length > 200 || !SLUG.test(slug)) {
    return { problem: 'Verwacht een slug: kleine letters, cijfers en streepjes.' };
  }
  if (!isSharePlatform(platform)) return { problem: 'Onbekend platform.' };
  return { slug, platform };
}
