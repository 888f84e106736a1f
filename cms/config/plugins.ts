import type { Core } from '@strapi/strapi';
import { s3ClientOptions, s3Settings, UPLOADS_PREFIX } from '../src/storage/s3-settings';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Uploads on the local disk (PUBLIC_DIR/uploads), or with S3_BUCKET in an S3-compatible bucket
 * shared by every CMS replica. Either way a file's address is /uploads/<name>: the CMS serves it
 * (from the bucket through src/middlewares/uploads-from-bucket.ts) unless S3_PUBLIC_URL names a
 * public address of the bucket, and the site serves it from its own /uploads.
 */
function upload(env: Env) {
  const settings = s3Settings(env);
  if (!settings) return {};
  return {
    upload: {
      config: {
        provider: 'aws-s3',
        providerOptions: {
          // '/' keeps addresses relative (/uploads/<name>), as on disk.
          baseUrl: settings.publicUrl ?? '/',
          rootPath: UPLOADS_PREFIX,
          s3Options: {
            ...s3ClientOptions(settings),
            // No ACL header: the bucket may stay private, the CMS reads it with its keys.
            params: { Bucket: settings.bucket, ACL: undefined },
          },
        },
      },
    },
  };
}

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
  ...upload(env),
});
