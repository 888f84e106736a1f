export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::drafts-need-token',
  'global::well-formed-sort',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
