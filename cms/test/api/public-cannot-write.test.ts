import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, TEST_ADMIN, type TestCms } from '../../../scripts/lib/test-cms';
import {
  imageUpload,
  isSuccess,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
  type ApiClient,
} from './helpers';

/**
 * What a vandal would send: complete enough that only the missing permission stops it (a post
 * without an author would already fail validation, so it gets one).
 */
const NEW_ENTRY = {
  posts: (authorId: string) => ({
    title: 'Gekaapt',
    slug: 'gekaapt',
    content: paragraph('Gekaapt'),
    author: authorId,
  }),
  authors: () => ({ name: 'Gekaapt', slug: 'gekaapt' }),
  labels: () => ({ name: 'Gekaapt', slug: 'gekaapt' }),
  'share-links': () => ({
    platform: 'x',
    label: 'Gekaapt',
    urlTemplate: 'https://evil.example/?u={url}',
    order: 9,
  }),
};
const CHANGE = {
  posts: { title: 'Overgenomen' },
  authors: { name: 'Overgenomen' },
  labels: { name: 'Overgenomen' },
  'share-links': { urlTemplate: 'https://evil.example/?u={url}' },
};
const COLLECTIONS = Object.keys(CHANGE) as (keyof typeof CHANGE)[];

const READER = { username: 'lezer', email: 'lezer@test.fractieblog.nl', password: 'Lezer-Wachtwoord-2026' };

describe('the public cannot change anything', () => {
  let cms: TestCms;
  let visitor: ApiClient;
  let editor: ApiClient;

  /** Everything in a collection, drafts included, as a token sees it: the "unchanged" reference. */
  const everything = async (collection: string) =>
    (
      await editor.get(`/api/${collection}`, {
        sort: ['id:asc'],
        pagination: { pageSize: 100 },
        ...(collection === 'posts' ? { status: 'draft' } : {}),
      })
    ).text;
  const firstDocumentId = async (collection: string) =>
    parseBody(listOf({ documentId: z.string() }), await visitor.get(`/api/${collection}`)).data[0]
      ?.documentId ?? '';

  beforeAll(async () => {
    cms = await bootTestCms();
    visitor = publicApi(cms.url);
    editor = tokenApi(cms.url, await cms.fullAccessToken());
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it.each(COLLECTIONS)('cannot create %s', async (collection) => {
    const before = await everything(collection);

    const response = await visitor.post(
      `/api/${collection}`,
      NEW_ENTRY[collection](await firstDocumentId('authors')),
    );

    expect(isSuccess(response), response.text).toBe(false);
    expect(await everything(collection)).toBe(before);
  });

  it.each(COLLECTIONS)('cannot update %s', async (collection) => {
    const documentId = await firstDocumentId(collection);
    const before = await everything(collection);

    const response = await visitor.put(`/api/${collection}/${documentId}`, CHANGE[collection]);

    expect(isSuccess(response), response.text).toBe(false);
    expect(await everything(collection)).toBe(before);
  });

  it.each(COLLECTIONS)('cannot delete %s', async (collection) => {
    const documentId = await firstDocumentId(collection);
    const before = await everything(collection);

    const response = await visitor.delete(`/api/${collection}/${documentId}`);

    expect(isSuccess(response), response.text).toBe(false);
    expect(await everything(collection)).toBe(before);
  });

  it('cannot change or delete the site settings', async () => {
    const before = (await editor.get('/api/site')).text;

    const update = await visitor.put('/api/site', { name: 'Gekaapt' });
    const removal = await visitor.delete('/api/site');

    expect([update.status, removal.status].filter((status) => status < 300)).toEqual([]);
    expect((await editor.get('/api/site')).text).toBe(before);
  });

  it.each([
    ['list the users', '/api/users'],
    ['read the current user', '/api/users/me'],
    ['count the users', '/api/users/count'],
    ['list the roles', '/api/users-permissions/roles'],
    ['list the uploaded files', '/api/upload/files'],
    ['read an uploaded file', '/api/upload/files/1'],
  ])('cannot %s', async (_action, path) => {
    const response = await visitor.get(path);

    expect([401, 403]).toContain(response.status);
    expect(response.text).not.toContain('@');
  });

  it('cannot register an account', async () => {
    const response = await visitor.json('POST', '/api/auth/local/register', READER);

    expect(isSuccess(response), response.text).toBe(false);
    const users = await editor.get('/api/users');
    expect(parseBody(z.array(z.object({ email: z.string() })), users)).toEqual([]);
  });

  it('cannot log in for a token, not even as an existing reader account', async () => {
    const roles = parseBody(
      z.object({ roles: z.array(z.object({ id: z.number(), type: z.string() })) }),
      await editor.get('/api/users-permissions/roles'),
    ).roles;
    const authenticated = roles.find((role) => role.type === 'authenticated')?.id;
    const created = await editor.json('POST', '/api/users', {
      ...READER,
      role: authenticated,
      confirmed: true,
    });
    expect(created.status, created.text).toBe(201);

    const reader = await visitor.json('POST', '/api/auth/local', {
      identifier: READER.email,
      password: READER.password,
    });
    const admin = await visitor.json('POST', '/api/auth/local', {
      identifier: TEST_ADMIN.email,
      password: TEST_ADMIN.password,
    });

    expect(isSuccess(reader), reader.text).toBe(false);
    expect(isSuccess(admin), admin.text).toBe(false);
    expect(reader.text + admin.text).not.toContain('jwt');
  });

  it('cannot upload a file', async () => {
    const before = await editor.get('/api/upload/files');

    const response = await visitor.raw(
      'POST',
      '/api/upload',
      imageUpload('binnengesmokkeld.png', 'Binnengesmokkeld'),
    );

    expect(isSuccess(response), response.text).toBe(false);
    expect((await editor.get('/api/upload/files')).text).toBe(before.text);
  });
});
