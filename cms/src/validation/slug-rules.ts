import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const WHAT: Record<string, string> = {
  'api::post.post': 'een ander bericht',
  'api::author.author': 'een andere auteur',
  'api::label.label': 'een ander label',
};

function slugError(message: string) {
  return new errors.ValidationError(message, {
    errors: [{ path: ['slug'], message, name: 'ValidationError' }],
  });
}

/**
 * Strapi 5's admin fills a new entry's slug once, from the still empty title ("post", "post-1", …),
 * and does not follow the title afterwards. A new entry saved with that placeholder gets the slug
 * Strapi's own generator makes from its title or name instead, so /berichten/post never happens.
 */
async function replacePlaceholderSlug(strapi: Core.Strapi, uid: string, data: Record<string, unknown>) {
  const modelName = strapi.contentType(uid as 'api::post.post').modelName;
  const placeholder = new RegExp(`^${modelName}(?:-\\d+)?$`);
  if (typeof data.slug !== 'string' || !placeholder.test(data.slug)) return;
  const generated: unknown = await strapi
    .plugin('content-manager')
    .service('uid')
    .generateUIDField({ contentTypeUID: uid, field: 'slug', data });
  if (typeof generated === 'string' && !placeholder.test(generated)) data.slug = generated;
}

/**
 * Slugs become URLs on the site, so the editor gets a Dutch explanation instead of Strapi's
 * regex or uniqueness message: lowercase words joined by hyphens, and never used twice.
 */
export function slugRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const owner = WHAT[context.uid];
    if (!owner || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (context.action === 'create' && params.data)
      await replacePlaceholderSlug(strapi, context.uid, params.data);
    const slug = params.data?.slug;
    if (slug === undefined || slug === null) return next();
    if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > 200) {
      throw slugError(
        'Een slug mag alleen kleine letters, cijfers en enkele koppeltekens bevatten, bijvoorbeeld "werkbezoek-leger-des-heils".',
      );
    }
    const taken = await strapi.db.query(context.uid).findOne({
      where: { slug, ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}) },
      select: ['documentId'],
    });
    if (taken) {
      throw slugError(`De slug "${slug}" is al in gebruik door ${owner}. Kies een andere.`);
    }
    return next();
  };
}
