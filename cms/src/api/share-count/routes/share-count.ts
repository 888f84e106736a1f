/**
 * Only the site's report of a share; no find, create or update routes at all. The counts are read
 * in the admin (share-stats/admin-route.ts). Strapi's own authentication is off for this route
 * because the site authenticates with the shared secret, which the controller checks.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/share-counts/record',
      handler: 'share-count.record',
      config: { auth: false },
    },
  ],
};
