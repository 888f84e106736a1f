import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, TEST_ADMIN, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import {
  editorApi,
  editorPostAction,
  imageUpload,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  withQuery,
  type ApiClient,
} from './helpers';

const BY_THE_EDITOR = { title: 'Geschreven in het beheerpaneel', slug: 'geschreven-in-het-beheerpaneel' };
const slugFilter = { filters: { slug: { $eq: BY_THE_EDITOR.slug } } };
const all = { pagination: { pageSize: 100 } };

/** Ways to reach the admin users behind createdBy/updatedBy, directly or through a relation or a file. */
const PROBES: [name: string, path: string][] = [
  ['populate[createdBy]', withQuery('/api/posts', { populate: { createdBy: true }, ...slugFilter })],
  ['populate[updatedBy]', withQuery('/api/posts', { populate: { updatedBy: true }, ...slugFilter })],
  ['populate=*', withQuery('/api/posts', { populate: '*', ...all })],
  ['fields[]=createdBy', withQuery('/api/posts', { fields: ['title', 'createdBy'] })],
  [
    'a filter on the creator’s email',
    withQuery('/api/posts', { filters: { createdBy: { email: { $startsWith: 'b' } } } }),
  ],
  ['a sort on the creator’s email', withQuery('/api/posts', { sort: ['createdBy.email:asc'] })],
  [
    'the cover’s creator',
    withQuery('/api/posts', { populate: { cover: { populate: { createdBy: true } } }, ...slugFilter }),
  ],
  [
    'the cover with populate=*',
    withQuery('/api/posts', { populate: { cover: { populate: '*' } }, ...slugFilter }),
  ],
  [
    'the author’s creator',
    withQuery('/api/posts', { populate: { author: { populate: { createdBy: true } } } }),
  ],
  [
    'the labels’ updater',
    withQuery('/api/posts', { populate: { labels: { populate: { updatedBy: true } } } }),
  ],
  [
    'an author’s posts’ creator',
    withQuery('/api/authors', { populate: { posts: { populate: { createdBy: true } } } }),
  ],
  ['authors with populate=*', withQuery('/api/authors', { populate: '*', ...all })],
  [
    'a label’s posts’ updater',
    withQuery('/api/labels', { populate: { posts: { populate: { updatedBy: true } } } }),
  ],
  ['labels with populate=*', withQuery('/api/labels', { populate: '*', ...all })],
  ['share links with populate=*', withQuery('/api/share-links', { populate: '*' })],
  ['the site with populate=*', withQuery('/api/site', { populate: '*' })],
  ['the site logo with populate=*', withQuery('/api/site', { populate: { logo: { populate: '*' } } })],
  // The author profile linked to an admin account (the author default for new posts).
  ['populate[adminUser]', withQuery('/api/authors', { populate: { adminUser: true } })],
  ['fields[]=adminUser', withQuery('/api/authors', { fields: ['name', 'adminUser'] })],
  [
    'a filter on the linked account’s email',
    withQuery('/api/authors', { filters: { adminUser: { email: { $startsWith: 'b' } } } }),
  ],
  ['a sort on the linked account’s email', withQuery('/api/authors', { sort: ['adminUser.email:asc'] })],
  [
    'the linked author with populate=*',
    withQuery('/api/authors', { populate: '*', filters: { slug: { $eq: DEMO.author.slug } } }),
  ],
  [
    'a post’s author’s account',
    withQuery('/api/posts', { populate: { author: { populate: { adminUser: true } } }, ...all }),
  ],
  [
    'a post’s author with populate=*',
    withQuery('/api/posts', { populate: { author: { populate: '*' } }, ...all }),
  ],
  [
    'a label’s posts’ authors’ accounts',
    withQuery('/api/labels', { populate: { posts: { populate: { author: { populate: ['adminUser'] } } } } }),
  ],
];

describe('no admin user data is public', () => {
  let cms: TestCms;
  let linked: { authorId: string; adminId: number; editor: ApiClient };

  beforeAll(async () => {
    cms = await bootTestCms();
    // Content made in the admin panel carries its editor in createdBy/updatedBy; seeded content does not.
    const editor = await editorApi(cms.url);
    const [upload] = parseBody(
      z.array(z.object({ id: z.number() })),
      await editor.raw('POST', '/upload', imageUpload('beheer-omslag.png', 'Een grijze stip')),
    );
    const author = parseBody(
      listOf({ documentId: z.string() }),
      await publicApi(cms.url).get('/api/authors', { filters: { slug: { $eq: DEMO.author.slug } } }),
    ).data[0];
    const created = await editor.json('POST', '/content-manager/collection-types/api::post.post', {
      ...BY_THE_EDITOR,
      content: paragraph('Door een redacteur in het beheerpaneel geschreven.'),
      cover: upload?.id,
      author: { connect: [{ documentId: author?.documentId }] },
    });
    const documentId = parseBody(z.object({ data: z.object({ documentId: z.string() }) }), created).data
      .documentId;
    const published = await editorPostAction(cms.url, 'publish', documentId);
    if (published.status !== 200) throw new Error(`publishing as the editor failed: ${published.text}`);
    const me = parseBody(
      z.object({ data: z.object({ id: z.number() }) }),
      await editor.get('/admin/users/me'),
    );
    const authorId = author?.documentId ?? '';
    const link = await editor.json(
      'PUT',
      `/content-manager/collection-types/api::author.author/${authorId}`,
      {
        adminUser: { connect: [{ id: me.data.id }] },
      },
    );
    if (link.status !== 200) throw new Error(`linking the author to the admin failed: ${link.text}`);
    linked = { authorId, adminId: me.data.id, editor };
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('control: the admin API does know who wrote the post', async () => {
    const editor = await editorApi(cms.url);

    const response = await editor.get('/content-manager/collection-types/api::post.post', slugFilter);

    expect(response.text).toContain(TEST_ADMIN.email);
  });

  it('control: the admin API does know which account an author profile is linked to', async () => {
    const response = await linked.editor.get(
      `/content-manager/relations/api::author.author/${linked.authorId}/adminUser`,
    );

    const accounts = parseBody(z.object({ results: z.array(z.object({ id: z.number() })) }), response);
    expect(accounts.results.map((account) => account.id)).toEqual([linked.adminId]);
  });

  it.each(PROBES)('no admin user through %s', async (_name, path) => {
    const response = await publicApi(cms.url).get(path);

    expect([200, 400]).toContain(response.status);
    expect(response.text).not.toContain(TEST_ADMIN.email);
    // As a key, not as a word: a 400 names the refused key in its message.
    expect(response.text).not.toMatch(/"(createdBy|updatedBy|adminUser|password|resetPasswordToken)":/);
  });
});
