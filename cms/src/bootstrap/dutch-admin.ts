import type { Core } from '@strapi/strapi';

/**
 * New admin accounts (the first one from ADMIN_EMAIL, and everyone invited later) start in Dutch.
 * The admin applies a user's `preferedLanguage` (Strapi's spelling) after login; each user can
 * still change it under Profiel.
 */
export function dutchForNewAdmins(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as Record<string, unknown>;
      if (!data.preferedLanguage) data.preferedLanguage = 'nl';
    },
  });
}
