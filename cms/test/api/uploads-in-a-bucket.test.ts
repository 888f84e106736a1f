import fs from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestBucket, type TestBucket } from '../../../scripts/lib/s3-server';
import { bootTestCms, startTestSite, type TestCms, type TestSite } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { listOf, parseBody, publicApi, tokenApi } from './helpers';

const MEDIA = path.join(__dirname, '..', '..', 'seed', 'media');

/* With S3_BUCKET the CMS keeps its media in an S3-compatible bucket (s3rver here, MinIO in compose). */
describe('uploads in a bucket', () => {
  let bucket: TestBucket;
  let cms: TestCms;
  let site: TestSite;
  let s3: S3Client;
  let bucketStopped = false;

  beforeAll(async () => {
    bucket = await startTestBucket();
    cms = await bootTestCms({ extraEnv: bucket.env });
    site = await startTestSite(cms);
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint: bucket.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  });

  afterAll(async () => {
    await site?.service.stop();
    await cms?.destroy();
    if (!bucketStopped) await bucket?.stop();
  });

  const objectsInBucket = async () =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: bucket.bucket }))).Contents ?? []).map(
      (object) => object.Key ?? '',
    );

  async function coverOfTheWorkVisit(): Promise<string> {
    const posts = await publicApi(cms.url).get('/api/posts', {
      filters: { slug: { $eq: DEMO.workVisit.slug } },
      fields: ['slug'],
      populate: { cover: { fields: ['url'] } },
    });
    return parseBody(listOf({ cover: z.object({ url: z.string() }) }), posts).data[0]?.cover.url ?? '';
  }

  it('puts the demo media in the bucket, not on the disk, under the addresses they always had', async () => {
    const url = await coverOfTheWorkVisit();
    expect(url).toMatch(/^\/uploads\/[\w.-]+\.jpg$/);
    expect(await objectsInBucket()).toContain(url.slice(1));
    expect(fs.readdirSync(path.join(cms.publicDir, 'uploads'))).toEqual([]);
  });

  it('serves a file from the bucket through the CMS and through the site, byte for byte', async () => {
    const url = await coverOfTheWorkVisit();
    const fromCms = await fetch(`${cms.url}${url}`);
    expect(fromCms.status).toBe(200);
    expect(fromCms.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await fromCms.arrayBuffer());
    const fromSite = await fetch(`${site.url}${url}`);
    expect(fromSite.status).toBe(200);
    expect(Buffer.from(await fromSite.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = fromCms.headers.get('etag') ?? '';
    expect((await fetch(`${cms.url}${url}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(`${cms.url}/uploads/bestaat-niet.jpg`)).status).toBe(404);
  });

  it('uploads a new image with its formats into the bucket, and deletes them all from it', async () => {
    const api = tokenApi(cms.url, await cms.fullAccessToken());
    const form = new FormData();
    const photo = fs.readFileSync(path.join(MEDIA, 'cover-kringloop.jpg'));
    form.append('files', new Blob([photo], { type: 'image/jpeg' }), 'kringloop.jpg');
    form.append('fileInfo', JSON.stringify({ name: 'kringloop.jpg', alternativeText: 'De kringloopwinkel' }));
    const uploaded = parseBody(
      z.array(
        z.object({
          id: z.number(),
          url: z.string(),
          formats: z.record(z.string(), z.object({ url: z.string() })),
        }),
      ),
      await api.raw('POST', '/api/upload', form),
    )[0];
    const keys = [uploaded?.url, ...Object.values(uploaded?.formats ?? {}).map((format) => format.url)].map(
      (url) => String(url).slice(1),
    );
    expect(keys.length).toBeGreaterThan(1);
    const stored = await objectsInBucket();
    for (const key of keys) expect(stored).toContain(key);
    const fromSite = Buffer.from(await (await fetch(`${site.url}/${keys[0]}`)).arrayBuffer());
    const fromCms = Buffer.from(await (await fetch(`${cms.url}/${keys[0]}`)).arrayBuffer());
    expect(fromSite.length).toBeGreaterThan(1000);
    expect(fromSite.equals(fromCms)).toBe(true);

    expect((await api.delete(`/api/upload/files/${uploaded?.id}`)).status).toBe(200);
    const left = await objectsInBucket();
    for (const key of keys) expect(left).not.toContain(key);
    expect((await fetch(`${cms.url}/${keys[0]}`)).status).toBe(404);
  });

  it('answers 503 with Retry-After for media while the bucket is away, and keeps serving pages', async () => {
    const url = await coverOfTheWorkVisit();
    expect((await fetch(`${site.url}/berichten/${DEMO.workVisit.slug}`)).status).toBe(200);
    await bucket.stop();
    bucketStopped = true;
    for (const base of [cms.url, site.url]) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, base).toBe(503);
      expect(response.headers.get('retry-after'), base).toBe('30');
    }
    expect((await fetch(`${site.url}/berichten/${DEMO.workVisit.slug}`)).status).toBe(200);
  });
});
