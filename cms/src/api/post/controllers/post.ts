import { factories, type Modules } from '@strapi/strapi';
import { findMatchingPosts } from '../../../search/search-matches';
import { parseSearchParams } from '../../../search/search-params';

const POST = 'api::post.post' as const;
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
    // Validated and sanitised against the content type and the caller's permissions just above.
    const { fields, populate } = (await strapi.contentAPI.sanitize.query(
      ctx.query,
      contentType,
      options,
    )) as {
      fields?: Modules.Documents.Params.Fields.Any<typeof POST>;
      populate?: Modules.Documents.Params.Populate.Any<typeof POST>;
    };
    // One indexed pass finds every match in date order, which gives the total and the page's ids;
    // only those ten are then loaded with their relations. (The core find would scan twice: once
    // to count, once for the page.)
    const matches = await findMatchingPosts(strapi, params.terms);
    const total = matches.length;
    const pageIds = matches.slice((params.page - 1) * PAGE_SIZE, params.page * PAGE_SIZE);
    const found = pageIds.length
      ? await strapi.documents(POST).findMany({
          fields,
          populate,
          filters: { documentId: { $in: pageIds } },
          status: 'published',
        })
      : [];
    const results = pageIds.flatMap((id) => found.filter((post) => post.documentId === id));
    const pagination = {
      page: params.page,
      pageSize: PAGE_SIZE,
      pageCount: Math.ceil(total / PAGE_SIZE),
      total,
    };
    const data = await strapi.contentAPI.sanitize.output(results, contentType, options);
    return { data, meta: { pagination } };
  },
}));
