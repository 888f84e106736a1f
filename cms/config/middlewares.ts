export default [
  'strapi::logger',
  // Outside strapi::errors, so it sees the answer a failing database turned into 401 or 500.
  'global::database-unavailable',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::drafts-need-token',
  'global::well-formed-sort',
  'global::request-too-large',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Before strapi::public: with S3_BUCKET, /uploads/<name> comes from the bucket, not the disk.
  'global::uploads-from-bucket',
  'strapi::public',
];
