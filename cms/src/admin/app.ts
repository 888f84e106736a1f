import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { SharePanel } from './share-stats/SharePanel';

/** Where the admin keeps the language a browser last used (Strapi's key). */
const LANGUAGE_KEY = 'strapi-admin-language';

/** The admin speaks Dutch: faction members should not need English to write a post. */
export default {
  config: {
    locales: ['nl'],
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
    // The content manager's plugin APIs are typed as unknown; this one takes a list of panels.
    const addPanels: unknown = Reflect.get(app.getPlugin('content-manager').apis, 'addEditViewSidePanel');
    if (typeof addPanels === 'function') addPanels([SharePanel]);
  },
};
