import type { Core } from '@strapi/strapi';
import { backfillSearchText } from './backfill';
import { keepSearchText } from './keep-search-text';
import { ensureSearchIndex } from './search-index';

/**
 * Search over posts: `searchText` is kept up to date on every write; once the database schema has
 * the column (after Strapi's schema sync, before the app's bootstrap) its index is made and the
 * column filled in where empty.
 */
export function registerSearchText(strapi: Core.Strapi) {
  strapi.documents.use(keepSearchText(strapi));
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    // The index first, so the backfill's writes reach it through its triggers.
    await ensureSearchIndex(strapi);
    await backfillSearchText(strapi);
  });
}
