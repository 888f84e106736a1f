type Env = (name: string, fallback?: string) => string | undefined;

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  publicUrl?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** Media files live under this prefix in the bucket, as they live under /uploads on disk. */
export const UPLOADS_PREFIX = 'uploads';

/**
 * Where uploads go when S3_BUCKET is set (any S3-compatible store: AWS, MinIO, …), or null for
 * the local disk. A custom endpoint means a self-hosted store, which is addressed path-style.
 */
export function s3Settings(env: Env): S3Settings | null {
  const bucket = env('S3_BUCKET', '')?.trim();
  if (!bucket) return null;
  const accessKeyId = env('S3_ACCESS_KEY_ID', '')?.trim();
  const secretAccessKey = env('S3_SECRET_ACCESS_KEY', '')?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY horen samen: vul beide in, of geen van beide.');
  }
  return {
    bucket,
    region: env('S3_REGION', '')?.trim() || 'us-east-1',
    endpoint: env('S3_ENDPOINT', '')?.trim() || undefined,
    publicUrl: env('S3_PUBLIC_URL', '')?.trim().replace(/\/+$/, '') || undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** The S3 client options for these settings (the upload provider's and the media route's). */
export function s3ClientOptions(settings: S3Settings) {
  return {
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  };
}
