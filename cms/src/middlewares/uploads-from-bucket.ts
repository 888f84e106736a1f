import { GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { Core } from '@strapi/strapi';
import { s3ClientOptions, UPLOADS_PREFIX, type S3Settings } from '../storage/s3-settings';

const UPLOAD = /^\/uploads\/([A-Za-z0-9][A-Za-z0-9._-]{0,199})$/;

/**
 * With uploads in a bucket (S3_BUCKET), answers GET /uploads/<name> from it, as strapi::public
 * answers from the disk otherwise: the admin, the site and every CMS replica keep one address for
 * a file, and the bucket need not be public. Conditional requests pass through (304).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const settings = strapi.config.get<S3Settings | null>('fractieblog.s3');
  if (!settings) return (_ctx, next) => next();
  const client = new S3Client(s3ClientOptions(settings));

  return async (ctx, next) => {
    const name = (ctx.method === 'GET' || ctx.method === 'HEAD') && UPLOAD.exec(ctx.path)?.[1];
    if (!name) return next();
    try {
      const object = await client.send(
        new GetObjectCommand({
          Bucket: settings.bucket,
          Key: `${UPLOADS_PREFIX}/${name}`,
          IfNoneMatch: ctx.get('if-none-match') || undefined,
        }),
      );
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      if (object.ContentType) ctx.type = object.ContentType;
      if (object.ContentLength !== undefined) ctx.length = object.ContentLength;
      if (object.ETag) ctx.set('ETag', object.ETag);
      if (object.LastModified) ctx.lastModified = object.LastModified;
      ctx.body = object.Body as NodeJS.ReadableStream;
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      if (status === 304) {
        ctx.status = 304;
      } else if (status === 404 || status === 403) {
        ctx.status = 404;
        ctx.body = 'Niet gevonden';
      } else {
        strapi.log.warn(`Media ${name} niet te lezen uit de bucket: ${String(error)}`);
        ctx.status = 503;
        ctx.set('Retry-After', '30');
        ctx.body = 'Media tijdelijk niet beschikbaar';
      }
    }
  };
};
