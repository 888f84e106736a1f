import { type APIRequestContext, expect } from '@playwright/test';
import { cmsApi, unpublishPost } from './cms';
import { msUntil } from './timing';

/**
 * Unpublishes the post with this slug, if it is published, and waits until the site no longer
 * shows it: specs that publish a post dated today leave the front page as the demo content made it
 * for the specs after them.
 */
export async function takePostOffline(request: APIRequestContext, slug: string) {
  const found = await cmsApi(`/api/posts?status=published&filters[slug][$eq]=${encodeURIComponent(slug)}`);
  const [post] = Array.isArray(found.data) ? found.data : [];
  const documentId: unknown = post ? Reflect.get(post, 'documentId') : undefined;
  if (typeof documentId !== 'string') return;
  await unpublishPost(documentId);
  await msUntil(request, `/berichten/${slug}`, (status) => status === 404);
  await expect.poll(async () => (await request.get('/')).text()).not.toContain(`/berichten/${slug}`);
}
