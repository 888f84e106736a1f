import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import {
  editorPostAction,
  entryOf,
  isSuccess,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
  withQuery,
  type ApiClient,
} from './helpers';

const PUBLISHED = { title: 'Nieuw fietspad langs de Dorpsstraat', slug: 'nieuw-fietspad-dorpsstraat' };
/** The unpublished edit: "geheim" occurs nowhere in the demo content, so finding it means a leak. */
const SECRET_EDIT = {
  title: 'Geheim: het fietspad komt er niet',
  content: paragraph('Geheime afspraak met de wethouder.'),
};
const SECRET_MARKER = /geheim/i;
const WITHDRAWN = { title: 'Ingetrokken: motie over de kermis', slug: 'ingetrokken-motie-kermis' };

const all = { pagination: { pageSize: 100 } };
const withDocumentId = { documentId: z.string() };

describe('unpublished edits and unpublished posts are never public', () => {
  let cms: TestCms;
  let visitor: ApiClient;
  let editor: ApiClient;
  let editedId: string;
  let withdrawnId: string;

  /** A published post by the demo author with the demo label, created the way an integration would. */
  async function publishPost(post: { title: string; slug: string }): Promise<string> {
    const [author, label] = await Promise.all([
      visitor.get('/api/authors', { filters: { slug: { $eq: DEMO.author.slug } } }),
      visitor.get('/api/labels', { filters: { slug: { $eq: DEMO.label.slug } } }),
    ]);
    const created = await editor.post('/api/posts', {
      ...post,
      content: paragraph('De gepubliceerde tekst.'),
      author: parseBody(listOf(withDocumentId), author).data[0]?.documentId,
      labels: parseBody(listOf(withDocumentId), label).data.map((entry) => entry.documentId),
    });
    return parseBody(entryOf(withDocumentId), created).data.documentId;
  }

  beforeAll(async () => {
    cms = await bootTestCms();
    visitor = publicApi(cms.url);
    editor = tokenApi(cms.url, await cms.fullAccessToken());
    editedId = await publishPost(PUBLISHED);
    const edit = await editor.put(`/api/posts/${editedId}`, SECRET_EDIT, { status: 'draft' });
    if (edit.status !== 200) throw new Error(`saving the draft edit failed: ${edit.text}`);
    withdrawnId = await publishPost(WITHDRAWN);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('control: a token sees the edit in the draft and the old title in the published version', async () => {
    const draft = await editor.get(`/api/posts/${editedId}`, { status: 'draft', fields: ['title'] });
    const published = await editor.get(`/api/posts/${editedId}`, { fields: ['title'] });

    expect(parseBody(entryOf({ title: z.string() }), draft).data.title).toBe(SECRET_EDIT.title);
    expect(parseBody(entryOf({ title: z.string() }), published).data.title).toBe(PUBLISHED.title);
  });

  it.each([
    ['the post by documentId', () => `/api/posts/${editedId}`],
    ['the post by slug', () => withQuery('/api/posts', { filters: { slug: { $eq: PUBLISHED.slug } } })],
  ])('the public reads only the published title: %s', async (_name, path) => {
    const response = await visitor.get(path());

    expect(response.status).toBe(200);
    expect(response.text).toContain(PUBLISHED.title);
    expect(response.text).not.toMatch(SECRET_MARKER);
  });

  it.each([
    ['the post list', () => withQuery('/api/posts', all)],
    ['a search for the edit', () => withQuery('/api/posts', { _q: 'geheim' })],
    [
      'a title filter on the edit',
      () => withQuery('/api/posts', { filters: { title: { $containsi: 'geheim' } } }),
    ],
    ['the author with posts', () => withQuery('/api/authors', { populate: { posts: true }, ...all })],
    ['the label with posts', () => withQuery('/api/labels', { populate: { posts: true }, ...all })],
    [
      'posts → author → posts',
      () => withQuery('/api/posts', { populate: { author: { populate: { posts: true } } } }),
    ],
    ['asking for the draft', () => `/api/posts/${editedId}?status=draft`],
  ])('the edit does not leak through %s', async (_name, path) => {
    const response = await visitor.get(path());

    expect(response.text).not.toMatch(SECRET_MARKER);
  });

  it('a filter over relations does not see the edit', async () => {
    const response = await visitor.get('/api/authors', {
      filters: { posts: { title: { $containsi: 'geheim' } } },
    });

    const found = isSuccess(response) ? parseBody(listOf({ name: z.string() }), response).data : [];
    expect(found, response.text.slice(0, 300)).toEqual([]);
  });

  it('an unpublished post disappears from every public answer', async () => {
    const visible = await visitor.get(`/api/posts/${withdrawnId}`);
    expect(visible.status).toBe(200);

    const unpublished = await editorPostAction(cms.url, 'unpublish', withdrawnId);

    expect(unpublished.status, unpublished.text).toBe(200);
    expect((await visitor.get(`/api/posts/${withdrawnId}`)).status).toBe(404);
    const elsewhere = await Promise.all([
      visitor.get('/api/posts', { filters: { slug: { $eq: WITHDRAWN.slug } } }),
      visitor.get('/api/posts', all),
      visitor.get('/api/authors', { populate: { posts: true }, ...all }),
      visitor.get('/api/labels', { populate: { posts: true }, ...all }),
    ]);
    for (const response of elsewhere) {
      expect(response.status).toBe(200);
      expect(response.text).not.toContain(WITHDRAWN.slug);
      expect(response.text).not.toContain(withdrawnId);
    }
    const asDraft = await editor.get(`/api/posts/${withdrawnId}`, { status: 'draft', fields: ['title'] });
    expect(parseBody(entryOf({ title: z.string() }), asDraft).data.title).toBe(WITHDRAWN.title);
  });
});
