import type { Core } from '@strapi/strapi';
import { anonymousQueryProblem } from './public-query-guard';

/** Strapi reads only `Bearer <token>`; any other Authorization header leaves a request anonymous. */
const BEARER = /^bearer\s+\S+$/i;

/**
 * Drafts are never readable without a token. Applied to every path, so odd spellings of `/api`
 * cannot slip past; the admin's own requests always carry a bearer token.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (BEARER.test(ctx.request.header.authorization ?? '')) return next();
  const problem = anonymousQueryProblem(ctx.query);
  if (!problem) return next();
  ctx.status = 401;
  ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: problem, details: {} } };
};
