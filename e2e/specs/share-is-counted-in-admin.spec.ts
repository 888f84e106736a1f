import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { AdminApp } from '../pages/admin-app';
import { cmsUrl } from '../support/cms';
import { postDocumentId, sharesOf } from '../support/share-counts';

test('an editor sees beside the post how often readers shared it, per platform', async ({
  page,
  request,
}) => {
  const shared = await request.post('/api/deel', {
    data: { slug: DEMO.workVisit.slug, platform: 'bluesky' },
    headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0' },
  });
  expect(shared.status()).toBe(202);
  const total = await sharesOf(DEMO.workVisit.slug, 'bluesky');
  const admin = new AdminApp(page);
  await admin.closePromotionsWhenShown();
  await admin.logIn(TEST_ADMIN);
  await expect(admin.contentManagerLink).toBeVisible();

  const documentId = await postDocumentId(DEMO.workVisit.slug);
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/api::post.post/${documentId}`);

  const table = page.getByRole('table', { name: 'Gedeeld per platform' });
  await expect(table.getByRole('row', { name: /^Bluesky/ })).toHaveText(new RegExp(`^Bluesky${total}\\d+$`));
});
