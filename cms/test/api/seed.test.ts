import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { entryOf, listOf, parseBody, publicApi, tokenApi, type ApiClient } from './helpers';

const SHARE_PLATFORMS = ['facebook', 'x', 'linkedin', 'whatsapp', 'bluesky', 'email'];
const all = { pagination: { pageSize: 100 } };

/** What the seed leaves behind, as a token sees it: counts, slugs and ids, drafts included. */
async function inventory(cms: TestCms) {
  const editor: ApiClient = tokenApi(cms.url, await cms.readOnlyToken());
  const visitor = publicApi(cms.url);
  const list = async (path: string, query: object) =>
    parseBody(
      listOf({ documentId: z.string(), slug: z.string() }),
      await editor.get(path, { ...query, ...all }),
    );
  const [posts, drafts, published, authors, labels] = await Promise.all([
    list('/api/posts', { status: 'draft', fields: ['slug'] }),
    list('/api/posts', { status: 'draft', publicationFilter: 'never-published', fields: ['slug'] }),
    visitor.get('/api/posts', { fields: ['slug'] }),
    list('/api/authors', { fields: ['slug'] }),
    list('/api/labels', { fields: ['slug'] }),
  ]);
  const shareLinks = parseBody(
    listOf({ platform: z.string() }),
    await editor.get('/api/share-links', { sort: ['order:asc'], fields: ['platform'] }),
  );
  const files = parseBody(z.array(z.object({ name: z.string() })), await editor.get('/api/upload/files'));
  const ids = (entries: { documentId: string; slug: string }[]) =>
    entries.map((entry) => `${entry.slug} ${entry.documentId}`).sort();
  return {
    counts: {
      published: parseBody(listOf({}), published).meta.pagination.total,
      draft: drafts.meta.pagination.total,
      authors: authors.meta.pagination.total,
      labels: labels.meta.pagination.total,
      shareLinks: shareLinks.meta.pagination.total,
    },
    posts: ids(posts.data),
    authors: ids(authors.data),
    labels: ids(labels.data),
    sharePlatforms: shareLinks.data.map((link) => link.platform),
    files: files.map((file) => file.name).sort(),
  };
}

describe('the demo seed', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await bootTestCms({ seedDemo: true });
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('fills an empty database with the demo content', async () => {
    const seeded = await inventory(cms);

    expect(seeded.counts).toEqual(DEMO.counts);
    expect(seeded.posts).toHaveLength(DEMO.counts.published + DEMO.counts.draft);
    expect(seeded.sharePlatforms).toEqual(SHARE_PLATFORMS);
  });

  it('changes nothing when the CMS restarts on the same database', async () => {
    const before = await inventory(cms);

    await cms.restart();

    expect(await inventory(cms)).toEqual(before);
  });
});

describe('an empty site without demo content', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await bootTestCms({ seedDemo: false });
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('has no posts, authors or labels', async () => {
    const empty = await inventory(cms);

    expect(empty.counts).toMatchObject({ published: 0, draft: 0, authors: 0, labels: 0 });
    expect(empty.posts).toEqual([]);
  });

  it('still has the six share links and the site settings', async () => {
    const empty = await inventory(cms);
    const site = await publicApi(cms.url).get('/api/site', {
      fields: ['name'],
      populate: { logo: { fields: ['url'] } },
    });

    expect(empty.sharePlatforms).toEqual(SHARE_PLATFORMS);
    expect(
      parseBody(entryOf({ name: z.string(), logo: z.object({ url: z.string() }) }), site).data.name,
    ).toBe(DEMO.site.name);
  });
});
