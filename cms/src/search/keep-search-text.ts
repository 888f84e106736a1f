import type { Core, Modules } from '@strapi/strapi';
import { valueAfter } from '../validation/field-values';
import { SEARCHED_FIELDS, searchTextOf } from './search-text';

const POST = 'api::post.post';

/**
 * Recomputes a post's `searchText` whenever a write changes its title, excerpt or body. Publishing
 * copies the draft row as it is, so the published row gets the draft's `searchText`; create and
 * update with `status: 'published'` save the draft first, so they are covered too.
 */
export function keepSearchText(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== POST || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const changes = SEARCHED_FIELDS.some((field) => field in data);
    if (context.action === 'update' && !changes) return next();
    const partial = !SEARCHED_FIELDS.every((field) => field in data);
    const draft =
      context.action === 'update' && partial && params.documentId
        ? await strapi.documents(POST).findOne({
            documentId: params.documentId,
            locale: params.locale,
            status: 'draft',
            fields: [...SEARCHED_FIELDS],
          })
        : null;
    params.data = {
      ...data,
      searchText: searchTextOf({
        title: valueAfter(data, draft, 'title'),
        excerpt: valueAfter(data, draft, 'excerpt'),
        content: valueAfter(data, draft, 'content'),
      }),
    };
    return next();
  };
}
