/** Where the admin keeps the language a browser last used (Strapi's key). */
const LANGUAGE_KEY = 'strapi-admin-language';

/** The admin speaks Dutch: faction members should not need English to write a post. */
export default {
  config: {
    locales: ['nl'],
  },
  bootstrap() {
    // Strapi shows English until someone picks a language; a browser that never chose gets Dutch,
    // the login page included. A user's own choice (Profiel → Taal) still wins after login.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'nl');
    }
  },
};
