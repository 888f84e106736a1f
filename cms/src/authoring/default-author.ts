import type { Core, Modules } from '@strapi/strapi';
import { relationSetAfter } from '../validation/field-values';
import { requestingAdminId } from './requesting-admin';

/**
 * A post created in the admin without an author gets the author profile linked to the admin user
 * who creates it (the author's "Account in het beheerpaneel"), so faction members need not pick
 * themselves every time. Registered before the publish rules, which require an author.
 */
export function defaultAuthor(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== 'api::post.post' || context.action !== 'create') return next();
    const params = context.params as { data?: Record<string, unknown> };
    if (relationSetAfter(params.data?.author, undefined)) return next();
    const adminId = requestingAdminId(strapi);
    if (adminId === null) return next();
    const author = await strapi.db
      .query('api::author.author')
      .findOne({ where: { adminUser: { id: adminId } }, select: ['documentId'] });
    if (author) {
      params.data = { ...params.data, author: author.documentId };
    }
    return next();
  };
}
