import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { restrictPublicRoles } from './bootstrap/public-permissions';
import { registerRevalidation } from './revalidation/register';
import { seedDefaults, seedDemo } from './seed/run-seed';
import { postRules } from './validation/post-rules';
import { shareLinkRules } from './validation/share-link-rules';
import { slugRules } from './validation/slug-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First, so it sees each change as a whole, after the rules below have passed.
    registerRevalidation(strapi);
    strapi.documents.use(postRules(strapi));
    strapi.documents.use(shareLinkRules);
    strapi.documents.use(slugRules(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await restrictPublicRoles(strapi);
    await ensureFirstAdmin(strapi);
    await ensurePreviewToken(strapi);
    await seedDefaults(strapi);
    if (strapi.config.get<boolean>('fractieblog.seedDemo')) {
      await seedDemo(strapi);
    }
  },
};
