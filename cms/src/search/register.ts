import type { Core } from '@strapi/strapi';
import { backfillSearchText } from './backfill';
import { keepSearchText } from './keep-search-text';

/**
 * Search over posts: `searchText` is kept up to date on every write, and filled in once the
 * database schema has the column (after Strapi's schema sync, before the app's bootstrap).
 */
export function registerSearchText(strapi: Core.Strapi) {
  strapi.documents.use(keepSearchText(strapi));
  strapi.hook('strapi::content-types.afterSync').register(() => backfillSearchText(strapi));
}
