import type { Core } from '@strapi/strapi';
import { amsterdamDay } from './amsterdam-day';
import { parseRecordRequest } from './record-request';
import { bearerToken, secretMatches } from './secret';
import { addShare } from './store';

/**
 * `POST /api/share-counts/record` `{ slug, platform }`: the site reports that a reader shared a
 * post. Only the site may (it holds the secret it also uses for revalidation), and only published
 * posts are counted, so a draft's slug leaves no trace. Nothing about the reader arrives here.
 */
export function recordShare(strapi: Core.Strapi): Core.ControllerHandler {
  return async (ctx) => {
    const secret = strapi.config.get<string>('fractieblog.revalidateSecret');
    if (!secretMatches(bearerToken(ctx.request.header.authorization), secret)) {
      return ctx.unauthorized('Onjuist of ontbrekend geheim.');
    }
    const request = parseRecordRequest(ctx.request.body);
    if ('problem' in request) return ctx.badRequest(request.problem);
    const post = await strapi.documents('api::post.post').findFirst({
      filters: { slug: { $eq: request.slug } },
      status: 'published',
      fields: ['documentId'],
    });
    if (!post) return ctx.notFound('Geen gepubliceerd bericht met deze slug.');
    await addShare(strapi, {
      postDocumentId: post.documentId,
      platform: request.platform,
      day: amsterdamDay(new Date()),
    });
    ctx.status = 204;
  };
}
