import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // `strapi develop` restarts on any file change under cms/; tests, scripts and seed media are not the app.
  watchIgnoreFiles: ['**/test/**', '**/scripts/**', '**/seed/media/**', '**/vitest.*'],
});
