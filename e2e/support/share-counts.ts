import { adminLogin } from '../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { cmsApi, cmsUrl, documentIdOf } from './cms';

export async function postDocumentId(slug: string): Promise<string> {
  const found = await cmsApi(`/api/posts?filters[slug][$eq]=${slug}&fields[0]=slug`);
  return documentIdOf({ data: Array.isArray(found.data) ? found.data[0] : null });
}

/** How often a published post was shared on a platform, as the admin's "Gedeeld" panel reads it. */
export async function sharesOf(slug: string, platform: string): Promise<number> {
  const documentId = await postDocumentId(slug);
  const token = await adminLogin(cmsUrl(), TEST_ADMIN.email, TEST_ADMIN.password);
  const response = await fetch(`${cmsUrl()}/share-stats/posts/${documentId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`share-stats → ${response.status}: ${await response.text()}`);
  const body: unknown = await response.json();
  const platforms: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'platforms') : [];
  const row: unknown = Array.isArray(platforms)
    ? platforms.find((entry: unknown) => Reflect.get(Object(entry), 'platform') === platform)
    : undefined;
  const total: unknown = row === undefined ? 0 : Reflect.get(Object(row), 'total');
  if (typeof total !== 'number') throw new Error(`No total in ${JSON.stringify(body)}`);
  return total;
}
