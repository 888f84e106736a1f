import { factories } from '@strapi/strapi';

const REDIRECT = 'api::redirect.redirect';

export default factories.createCoreController(REDIRECT, ({ strapi }) => ({
  /**
   * `GET /api/redirects/table`: every redirect in one compact answer, `[from, to, permanent]`, for
   * the site, which keeps the whole table in memory (an imported site has thousands).
   */
  async table(ctx) {
    const rows: { from: string; to: string; permanent: boolean }[] = await strapi.db
      .query(REDIRECT)
      .findMany({ select: ['from', 'to', 'permanent'], orderBy: { id: 'asc' } });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: rows.map((row) => [row.from, row.to, row.permanent !== false]) };
  },
}));
