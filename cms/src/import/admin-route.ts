import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { importHandlers } from './http';

/** Who may import: whoever may publish posts (the Redacteur and the Super Admin, not the Auteur). */
const POLICIES = [
  'admin::isAuthenticatedAdmin',
  {
    name: 'admin::hasPermissions',
    config: { actions: [['plugin::content-manager.explorer.publish', 'api::post.post']] },
  },
];

/** The admin API of the Importeren page: the same handlers as `/api/imports`, for a logged-in editor. */
export function registerImportAdminRoutes(strapi: Core.Strapi) {
  const handlers = importHandlers(strapi);
  const route = (method: 'GET' | 'POST', path: string, handler: (ctx: Context) => Promise<void>) => ({
    method,
    path,
    info: {},
    handler,
    config: { policies: POLICIES },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/fractieblog-import',
    routes: [
      route('POST', '/', handlers.start),
      route('GET', '/:id', handlers.show),
      route('POST', '/:id/confirm', handlers.confirm),
      route('POST', '/:id/cancel', handlers.cancel),
    ],
  });
}
