import type { Core } from '@strapi/strapi';
import { firstDayOfLast } from './amsterdam-day';
import { shareTotals } from './store';

/** What "recent" means in the admin's side panel. */
const RECENT_DAYS = 30;

/**
 * `GET /share-stats/posts/:documentId` in the admin API: a post's shares per platform, for the
 * side panel of the post editor. Whoever may read posts in the admin may read how they were shared.
 */
export function registerShareStatsAdminRoute(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    prefix: '/share-stats',
    routes: [
      {
        method: 'GET',
        path: '/posts/:documentId',
        info: {},
        handler: async (ctx) => {
          const documentId: unknown = ctx.params.documentId;
          if (typeof documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(documentId)) {
            return ctx.badRequest('Onbekend bericht.');
          }
          const since = firstDayOfLast(RECENT_DAYS, new Date());
          ctx.body = { recentDays: RECENT_DAYS, platforms: await shareTotals(strapi, documentId, since) };
        },
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            {
              name: 'admin::hasPermissions',
              config: { actions: [['plugin::content-manager.explorer.read', 'api::post.post']] },
            },
          ],
        },
      },
    ],
  });
}
