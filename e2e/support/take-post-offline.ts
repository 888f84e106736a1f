import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { adminLogin } from '../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { cmsUrl } from './cms';
import { msUntil } from './timing';

const POSTS = '/content-manager/collection-types/api::post.post';

/**
 * Unpublishes the post with this slug, if it is published, as the editor's Unpublish button does,
 * and waits until the site no longer shows it: specs that publish a post dated today leave the
 * front page as the demo content made it for the specs after them. Uses the given admin session,
 * or logs in as TEST_ADMIN.
 */
export async function takePostOffline(request: APIRequestContext, slug: string, adminToken?: string) {
  const token = adminToken ?? (await adminLogin(cmsUrl(), TEST_ADMIN.email, TEST_ADMIN.password));
  const headers = { Authorization: `Bearer ${token}` };
  const found = await request.get(`${cmsUrl()}${POSTS}`, {
    headers,
    params: { 'filters[$and][0][slug][$eq]': slug },
  });
  expect(found.ok(), await found.text()).toBe(true);
  const { results } = (await found.json()) as { results: { documentId: string; status: string }[] };
  const post = results[0];
  if (!post || post.status === 'draft') return;
  const unpublished = await request.post(`${cmsUrl()}${POSTS}/${post.documentId}/actions/unpublish`, {
    headers,
    data: {},
  });
  expect(unpublished.ok(), await unpublished.text()).toBe(true);
  await msUntil(request, `/berichten/${slug}`, (status) => status === 404);
  await expect.poll(async () => (await request.get('/')).text()).not.toContain(`/berichten/${slug}`);
}

/**
 * The admin session the browser opens when it logs in. Strapi allows five logins per account in
 * five minutes, so cleaning up after an admin spec reuses it instead of logging in once more.
 */
export function watchAdminLogin(page: Page): () => string | undefined {
  let token: string | undefined;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname !== '/admin/login' || !response.ok()) return;
    const body: unknown = await response.json().catch(() => null);
    const data: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'data') : null;
    const value: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'token') : null;
    if (typeof value === 'string') token = value;
  });
  return () => token;
}
