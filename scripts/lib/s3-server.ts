import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { freePort } from './processes';

export type TestBucket = {
  /** The S3_* variables that put a CMS's uploads in this bucket. */
  env: Record<string, string>;
  endpoint: string;
  bucket: string;
  /** The folder s3rver keeps the bucket's objects in. */
  directory: string;
  stop: () => Promise<void>;
};

/**
 * An S3-compatible server on a free loopback port (s3rver, keeping objects in a temporary folder,
 * or in `keepIn` across runs) with one bucket: what MinIO or AWS is in production.
 */
export async function startTestBucket(bucket = 'media', keepIn?: string): Promise<TestBucket> {
  const port = await freePort();
  const directory = keepIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-s3-'));
  fs.mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    // s3rver's own fixed credentials.
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    endpoint,
    bucket,
    directory,
    stop: async () => {
      await server.close();
      if (!keepIn) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
