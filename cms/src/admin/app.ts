import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { SharePanel } from './share-stats/SharePanel';
import { nl } from './translations/nl';

/** Where the admin keeps the language a browser last used (Strapi's key). */
const LANGUAGE_KEY = 'strapi-admin-language';

/**
 * Strapi 5.54 puts "Introducing the new Media Library" above every page until it is closed, and
 * has no setting to switch it off; closing it is remembered per browser under this key, followed
 * by `:` and the project's uuid. That uuid is `false` here (telemetryDisabled in cms/package.json),
 * and `undefined` while the admin is still asking for it. Both variants of the banner (the new and
 * the legacy media library) count as seen. Can go when Strapi drops the banner.
 */
const MEDIA_LIBRARY_BANNER_SEEN = ['true', 'false'].flatMap((legacy) =>
  ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`),
);

/** The admin speaks Dutch: faction members should not need English to write a post. */
export default {
  config: {
    locales: ['nl'],
    translations: { nl },
    // "A new version of Strapi is available" is for whoever maintains the CMS, not for editors.
    notifications: { releases: false },
  },
  register(app: Pick<StrapiApp, 'addMenuLink'>) {
    // The Importeren page (cms/src/import): for whoever may publish posts, as its API checks too.
    app.addMenuLink({
      to: 'importeren',
      icon: Upload,
      intlLabel: { id: 'fractieblog.import.menu', defaultMessage: 'Importeren' },
      Component: () => import('./import/ImportPage'),
      permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::post.post' }],
    });
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Strapi shows English until someone picks a language; a browser that never chose gets Dutch,
    // the login page included. A user's own choice (Profiel → Taal) still wins after login.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'nl');
    }
    for (const key of MEDIA_LIBRARY_BANNER_SEEN) window.localStorage.setItem(key, 'true');
    // The content manager's plugin APIs are typed as unknown; this one takes a list of panels.
    const addPanels: unknown = Reflect.get(app.getPlugin('content-manager').apis, 'addEditViewSidePanel');
    if (typeof addPanels === 'function') addPanels([SharePanel]);
  },
};
