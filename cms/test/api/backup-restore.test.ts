import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import qs from 'qs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportArchive, importArchive } from '../../../scripts/lib/cms-transfer';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';

/*
 * npm run backup / npm run restore: an archive of a CMS with the demo content (and a draft) is
 * restored onto a wiped database and an empty media folder; every post (draft and published),
 * author, label, share link, the site settings and every media file must come back as they were.
 */
let cms: TestCms;
let backups: string;

beforeAll(async () => {
  cms = await bootTestCms();
  backups = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-backup-'));
}, 240_000);

afterAll(async () => {
  await cms?.destroy();
  fs.rmSync(backups, { recursive: true, force: true });
});

type Entry = Record<string, unknown>;

async function read(collection: string, query: object): Promise<Entry[]> {
  const token = await cms.fullAccessToken();
  const response = await fetch(
    `${cms.url}/api/${collection}?${qs.stringify(query, { encodeValuesOnly: true })}`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  const body: { data: Entry | Entry[] } = await response.json();
  expect(response.status, `${collection}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
  return Array.isArray(body.data) ? body.data : [body.data];
}

/** What an entry is, without the numbers a database hands out (ids, timestamps of the import). */
function essence(entry: unknown): unknown {
  if (Array.isArray(entry)) return entry.map(essence);
  if (typeof entry !== 'object' || entry === null) return entry;
  const kept = Object.entries(entry).filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key));
  return Object.fromEntries(kept.map(([key, value]) => [key, essence(value)]));
}

const byDocument = (entries: Entry[]) =>
  essence([...entries].sort((a, b) => String(a.documentId).localeCompare(String(b.documentId))));

const media = { fields: ['name', 'hash', 'ext', 'mime', 'size', 'width', 'height', 'alternativeText'] };

async function snapshot() {
  const posts = (status: string) =>
    read('posts', {
      status,
      populate: { cover: media, author: { fields: ['slug'] }, labels: { fields: ['slug'] } },
      pagination: { pageSize: 100 },
    });
  const files = fs
    .readdirSync(path.join(cms.publicDir, 'uploads'))
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(cms.publicDir, 'uploads', name));
      return `${name} ${createHash('sha256').update(bytes).digest('hex')}`;
    });
  return {
    publishedPosts: byDocument(await posts('published')),
    draftPosts: byDocument(await posts('draft')),
    authors: byDocument(
      await read('authors', { populate: { avatar: media }, pagination: { pageSize: 100 } }),
    ),
    labels: byDocument(await read('labels', { pagination: { pageSize: 100 } })),
    shareLinks: byDocument(await read('share-links', { pagination: { pageSize: 100 } })),
    site: essence(await read('site', { populate: { logo: media, defaultShareImage: media } })),
    files,
  };
}

it('restores every post, author, label, share link, the site and every media file onto a wiped CMS', async () => {
  const before = await snapshot();
  expect(before.draftPosts).not.toEqual(before.publishedPosts);

  const archive = exportArchive(cms.env, backups, { quiet: true });
  await cms.stop();
  await cms.database.wipe();
  fs.rmSync(path.join(cms.publicDir, 'uploads'), { recursive: true, force: true });
  fs.mkdirSync(path.join(cms.publicDir, 'uploads'));

  importArchive({ ...cms.env, SEED_DEMO: 'false' }, archive, { quiet: true });
  await cms.restart();
  cms.forgetCredentials();
  const after = await snapshot();

  const counted = (value: unknown) => (Array.isArray(value) ? value.length : 1);
  const items = Object.values(before).reduce((sum: number, value) => sum + counted(value), 0);
  console.log(`backup ${path.basename(archive)}: ${items} items compared after restore`);
  expect(after).toEqual(before);
}, 300_000);
