import { isSlug } from '@/lib/cms/slug';

/** The slug in an article's canonical URL (`…/berichten/<slug>`), or null for any other URL. */
export function articleSlug(canonicalUrl: string): string | null {
  let path: string;
  try {
    path = new URL(canonicalUrl).pathname;
  } catch {
    return null;
  }
  const slug = /\/berichten\/([^/]+)\/?$/.exec(path)?.[1];
  return slug !== undefined && isSlug(slug) ? slug : null;
}
