import type { Core } from '@strapi/strapi';

/**
 * Strapi 5 lets the Public role read drafts with `?status=draft` (and through relations populated
 * under that status). Only a request that carries a token may ask for anything but published
 * content; Strapi itself rejects a token that is not valid.
 */
const DRAFT_PARAMS = ['status', 'publicationState', 'hasPublishedVersion'];

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (!ctx.path.startsWith('/api/') || ctx.request.header.authorization) {
    return next();
  }
  const query: Record<string, unknown> = ctx.query;
  const asked = DRAFT_PARAMS.filter((name) => name in query);
  const onlyPublished = asked.every((name) => name === 'status' && query[name] === 'published');
  if (onlyPublished) {
    return next();
  }
  ctx.status = 401;
  ctx.body = {
    data: null,
    error: {
      status: 401,
      name: 'UnauthorizedError',
      message: 'Concepten zijn alleen met een API-token te lezen.',
      details: {},
    },
  };
};
