import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // No surveys, no paid-plan adverts, no links to Strapi's English developer documentation.
  flags: { nps: false, promoteEE: false, docLinks: false },
  // The Preview button on posts: the site's /api/preview switches on draft mode and shows the post.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(env('SITE_URL', 'http://127.0.0.1:3000')).origin],
      async handler(uid: string, { documentId }: { documentId: string }) {
        if (uid !== 'api::post.post') return null;
        const post = await strapi
          .documents('api::post.post')
          .findOne({ documentId, status: 'draft', fields: ['slug'] });
        if (!post?.slug) return null;
        const query = new URLSearchParams({
          secret: env('PREVIEW_SECRET', ''),
          path: `/berichten/${post.slug}`,
        });
        return `${env('SITE_URL', 'http://127.0.0.1:3000').replace(/\/+$/, '')}/api/preview?${query}`;
      },
    },
  },
  // `strapi develop` restarts on any file change under cms/; tests, scripts and seed media are not the app.
  watchIgnoreFiles: ['**/test/**', '**/scripts/**', '**/seed/media/**', '**/vitest.*'],
});
