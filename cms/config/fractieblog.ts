import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** The project's own settings, read once here so the rest of the CMS never touches process.env. */
export default ({ env }: { env: Env }) => ({
  adminEmail: env('ADMIN_EMAIL', ''),
  adminPassword: env('ADMIN_PASSWORD', ''),
  seedDemo: env.bool('SEED_DEMO', true),
  production: env('NODE_ENV', 'development') === 'production',
});
