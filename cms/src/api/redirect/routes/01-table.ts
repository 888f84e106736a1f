/** Before the core routes, so /redirects/table is not taken for a document id. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/redirects/table',
      handler: 'api::redirect.redirect.table',
      config: { policies: [] },
    },
  ],
};
