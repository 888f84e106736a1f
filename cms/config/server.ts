import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // Uploads live in <public>/uploads; tests point this at a directory of their own.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
