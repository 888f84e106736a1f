import type { Core } from '@strapi/strapi';
import { defaultAuthor } from './authoring/default-author';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { dutchForNewAdmins } from './bootstrap/dutch-admin';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureListViews } from './bootstrap/list-views';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { refuseUnsafeSecrets } from './bootstrap/production-secrets';
import { restrictPublicRoles } from './bootstrap/public-permissions';
import { redirectRules } from './redirects/redirect-rules';
import { slugChangesLeaveRedirects } from './redirects/slug-changes';
import { registerRevalidation } from './revalidation/register';
import { registerSearchText } from './search/register';
import { startScheduler } from './scheduling/scheduler';
import { seedDefaults, seedDemo } from './seed/run-seed';
import { registerImportAdminRoutes } from './import/admin-route';
import { registerShareStatsAdminRoute } from './share-stats/admin-route';
import { postRules } from './validation/post-rules';
import { shareLinkRules } from './validation/share-link-rules';
import { slugRules } from './validation/slug-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    refuseUnsafeSecrets();
    // First, so it sees each change as a whole, after the rules below have passed.
    registerRevalidation(strapi);
    // Before the post rules, which require the author it fills in.
    strapi.documents.use(defaultAuthor(strapi));
    strapi.documents.use(postRules(strapi));
    strapi.documents.use(shareLinkRules);
    strapi.documents.use(slugRules(strapi));
    strapi.documents.use(redirectRules(strapi));
    strapi.documents.use(slugChangesLeaveRedirects(strapi));
    registerSearchText(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await restrictPublicRoles(strapi);
    dutchForNewAdmins(strapi);
    registerShareStatsAdminRoute(strapi);
    registerImportAdminRoutes(strapi);
    await ensureAdminRoles(strapi);
    await ensureListViews(strapi);
    await ensureFirstAdmin(strapi);
    await ensurePreviewToken(strapi);
    await seedDefaults(strapi);
    if (strapi.config.get<boolean>('fractieblog.seedDemo')) {
      await seedDemo(strapi);
    }
    startScheduler(strapi);
  },
};
