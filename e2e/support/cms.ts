import { expect } from '@playwright/test';
import { createApiToken, editorPostAction } from '../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';

/** The CMS the Playwright config started (its URL is set there). */
export function cmsUrl(): string {
  const url = process.env.E2E_CMS_URL;
  if (!url) throw new Error('E2E_CMS_URL is not set (playwright.config.ts sets it)');
  return url;
}

/**
 * A CMS the helpers talk to: the shared one of the Playwright config by default, or one a spec
 * boots itself (a `TestCms` is one).
 */
export type CmsTarget = { url: string; fullAccessToken: () => Promise<string> };

let fullAccess: Promise<string> | null = null;
const sharedCms: CmsTarget = {
  get url() {
    return cmsUrl();
  },
  fullAccessToken: () => (fullAccess ??= createApiToken(cmsUrl(), TEST_ADMIN, 'full-access')),
};

/** Calls the content API with a full-access token, as an integration or a script would. */
async function cmsFetch(path: string, init: RequestInit = {}, cms = sharedCms): Promise<unknown> {
  const token = await cms.fullAccessToken();
  const response = await fetch(`${cms.url}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
  });
  const body: unknown = await response.json();
  expect(response.ok, JSON.stringify(body)).toBe(true);
  return body;
}

/** A content API call that answers `{ data, meta }`. */
export async function cmsApi(
  path: string,
  init: RequestInit = {},
  cms = sharedCms,
): Promise<{ data: unknown } & Record<string, unknown>> {
  const body = await cmsFetch(path, init, cms);
  if (typeof body !== 'object' || body === null || !('data' in body))
    throw new Error(`No data in ${JSON.stringify(body)}`);
  return { ...body, data: body.data };
}

/** Creates a post and publishes it at once, as an API client does (POST ?status=published). */
export const publishPost = (data: Record<string, unknown>, cms = sharedCms) =>
  cmsApi('/api/posts?status=published', { method: 'POST', body: JSON.stringify({ data }) }, cms);

/** Saves a post as a draft only; with `scheduled: true` and a date ahead, the CMS publishes it then. */
export const saveDraft = (data: Record<string, unknown>, cms = sharedCms) =>
  cmsApi('/api/posts?status=draft', { method: 'POST', body: JSON.stringify({ data }) }, cms);

/** Changes a published post and publishes the change at once. */
export const updatePost = (documentId: string, data: Record<string, unknown>, cms = sharedCms) =>
  cmsApi(`/api/posts/${documentId}?status=published`, { method: 'PUT', body: JSON.stringify({ data }) }, cms);

/** Uploads an image to the media library with its alt text; returns the file's id. */
export async function uploadImage(file: Blob, name: string, alternativeText: string): Promise<number> {
  const form = new FormData();
  form.append('files', file, name);
  form.append('fileInfo', JSON.stringify({ alternativeText, name }));
  const body = await cmsFetch('/api/upload', { method: 'POST', body: form });
  const id: unknown = Array.isArray(body) && body[0] ? Reflect.get(body[0], 'id') : undefined;
  if (typeof id !== 'number') throw new Error(`Upload gave no id: ${JSON.stringify(body)}`);
  return id;
}

export function documentIdOf(body: { data: unknown }): string {
  const id: unknown =
    typeof body.data === 'object' && body.data !== null ? Reflect.get(body.data, 'documentId') : undefined;
  if (typeof id !== 'string') throw new Error(`No documentId in ${JSON.stringify(body)}`);
  return id;
}

export async function findDocumentId(
  collection: 'authors' | 'labels',
  slug: string,
  cms = sharedCms,
): Promise<string> {
  const body = await cmsApi(`/api/${collection}?filters[slug][$eq]=${slug}`, {}, cms);
  const [first] = Array.isArray(body.data) ? body.data : [];
  return documentIdOf({ data: first });
}

export const unpublishPost = (documentId: string) =>
  editorPostAction(cmsUrl(), TEST_ADMIN, 'unpublish', documentId);

export function paragraphs(...texts: string[]) {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
