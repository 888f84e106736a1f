import type { Core, Modules } from '@strapi/strapi';
import { documentIds } from '../documents/document-ids';

const POST = 'api::post.post';
const REDIRECT = 'api::redirect.redirect';
const articlePath = (slug: string) => `/berichten/${slug}`;

async function publishedSlugs(strapi: Core.Strapi, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { documentId: string; slug: string | null }[] = await strapi.db.query(POST).findMany({
    where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
    select: ['documentId', 'slug'],
  });
  return new Map(rows.flatMap((row) => (row.slug ? [[row.documentId, row.slug] as const] : [])));
}

/**
 * The old address of a post whose slug changed now redirects to the new one; redirects that led to
 * the old address lead to the new one directly; a redirect from the new address (an older slug
 * taken back) goes, as the address is a page again.
 */
async function leaveRedirect(strapi: Core.Strapi, from: string, to: string) {
  const redirects = strapi.documents(REDIRECT);
  for (const reclaimed of await redirects.findMany({ filters: { from: to }, fields: ['from'] })) {
    await redirects.delete({ documentId: reclaimed.documentId });
  }
  for (const chained of await redirects.findMany({ filters: { to: from }, fields: ['to'] })) {
    await redirects.update({ documentId: chained.documentId, data: { to } });
  }
  const [existing] = await redirects.findMany({ filters: { from }, fields: ['to'] });
  if (existing) await redirects.update({ documentId: existing.documentId, data: { to, permanent: true } });
  else await redirects.create({ data: { from, to, permanent: true } });
}

/**
 * A post published under a new slug keeps its old address working: links shared on social media
 * over the years never die (the site answers the old address with a 301).
 */
export function slugChangesLeaveRedirects(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== POST) return next();
    const params = context.params as { documentId?: unknown; status?: string };
    const publishing =
      context.action === 'publish' || (context.action === 'update' && params.status === 'published');
    if (!publishing) return next();
    const ids = documentIds(params.documentId);
    const before = await publishedSlugs(strapi, ids);
    const result = await next();
    const after = await publishedSlugs(strapi, ids);
    for (const [id, oldSlug] of before) {
      const newSlug = after.get(id);
      if (newSlug && newSlug !== oldSlug)
        await leaveRedirect(strapi, articlePath(oldSlug), articlePath(newSlug));
    }
    return result;
  };
}
