import type { Core } from '@strapi/strapi';
import { createDatabaseProbe } from './database-probe';

// Long enough for Postgres to come back after a restart or a fail-over.
const RETRY_AFTER_SECONDS = 5;

/**
 * While the database cannot be reached, Strapi answers 401 (its permission lookup fails) or 500.
 * A 401 tells an API client its token is wrong and logs an editor out of the admin, both untrue;
 * such answers become a 503 with Retry-After once a probe confirms the database is away.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const databaseAnswers = createDatabaseProbe(() => strapi.db.connection.raw('select 1'));
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 401 && ctx.status < 500) return;
    if (await databaseAnswers()) return;
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
        details: {},
      },
    };
  };
};
