import type { Core } from '@strapi/strapi';
import { s3Settings } from '../src/storage/s3-settings';

type Env = Core.Config.Shared.ConfigParams['env'];

/** The project's own settings, read once here so the rest of the CMS never touches process.env. */
export default ({ env }: { env: Env }) => ({
  adminEmail: env('ADMIN_EMAIL', ''),
  adminPassword: env('ADMIN_PASSWORD', ''),
  seedDemo: env.bool('SEED_DEMO', true),
  // When the CMS looks for scheduled posts that are due (6 fields: seconds first); every minute.
  scheduleCron: env('SCHEDULE_CRON', '0 * * * * *'),
  production: env('NODE_ENV', 'development') === 'production',
  // Where the CMS tells the site what changed; the site may be on an internal address.
  // An empty SITE_INTERNAL_URL (as in .env.example) means: the same as SITE_URL.
  siteUrl: (env('SITE_INTERNAL_URL', '') || env('SITE_URL', 'http://127.0.0.1:3000')).replace(/\/+$/, ''),
  revalidateSecret: env('REVALIDATE_SECRET', ''),
  previewToken: env('CMS_PREVIEW_TOKEN', ''),
  // The largest export an import accepts (IMPORT_MAX_MB); bigger ones are refused while they stream in.
  importMaxBytes: env.int('IMPORT_MAX_MB', 150) * 1024 * 1024,
  // Only for tests, whose "old site" runs on this machine: an import never fetches from internal
  // addresses otherwise (an export could point anywhere).
  importAllowPrivateHosts: env.bool('IMPORT_ALLOW_PRIVATE_HOSTS', false),
  // The bucket uploads live in (S3_*), or null for the local disk.
  s3: s3Settings(env),
});
