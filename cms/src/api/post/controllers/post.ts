import { factories } from '@strapi/strapi';
import { parseSearchParams } from '../../../search/search-params';

const POST = 'api::post.post';
const PAGE_SIZE = 10;

export default factories.createCoreController(POST, ({ strapi }) => ({
  /**
   * `GET /api/posts/search?q=…&page=…`: published posts whose title, excerpt or body contain every
   * word of `q` (case and accents ignored), newest first, ten a page. `fields` and `populate` work
   * as on `/api/posts`, checked against the caller's permissions the same way; filters, sort,
   * status and pagination are the route's own.
   */
  async search(ctx) {
    const params = parseSearchParams(ctx.query);
    if ('problem' in params) return ctx.badRequest(params.problem);
    const contentType = strapi.contentType(POST);
    const options = { auth: ctx.state.auth };
    await strapi.contentAPI.validate.query(ctx.query, contentType, options);
    const { fields, populate } = await strapi.contentAPI.sanitize.query(ctx.query, contentType, options);
    const { results, pagination } = await strapi.service(POST).find({
      fields,
      populate,
      // Strapi escapes LIKE wildcards in $contains, and normalised terms hold none anyway.
      filters: { $and: params.terms.map((term) => ({ searchText: { $contains: term } })) },
      status: 'published',
      sort: ['publicationDate:desc', 'publishedAt:desc'],
      pagination: { page: params.page, pageSize: PAGE_SIZE },
    });
    const data = await strapi.contentAPI.sanitize.output(results, contentType, options);
    return { data, meta: { pagination } };
  },
}));
