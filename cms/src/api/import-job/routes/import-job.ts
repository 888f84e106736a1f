/**
 * The import for scripts (`npm run import`): only a full-access API token may call these, as the
 * Public role and read-only tokens have no permission for them.
 */
export default {
  routes: [
    { method: 'POST', path: '/imports', handler: 'api::import-job.import-job.start' },
    { method: 'GET', path: '/imports/:id', handler: 'api::import-job.import-job.show' },
    { method: 'POST', path: '/imports/:id/confirm', handler: 'api::import-job.import-job.confirm' },
    { method: 'POST', path: '/imports/:id/cancel', handler: 'api::import-job.import-job.cancel' },
  ],
};
