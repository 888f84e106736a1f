import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { restrictPublicRoles } from './bootstrap/public-permissions';
import { seedDefaults, seedDemo } from './seed/run-seed';
import { postRules } from './validation/post-rules';
import { shareLinkRules } from './validation/share-link-rules';
import { slugRules } from './validation/slug-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(postRules(strapi));
    strapi.documents.use(shareLinkRules);
    strapi.documents.use(slugRules(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await restrictPublicRoles(strapi);
    await ensureFirstAdmin(strapi);
    await seedDefaults(strapi);
    if (strapi.config.get<boolean>('fractieblog.seedDemo')) {
      await seedDemo(strapi);
    }
  },
};
