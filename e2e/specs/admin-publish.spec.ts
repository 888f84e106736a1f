import path from 'node:path';
import { test as base, expect } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { AdminApp } from '../pages/admin-app';
import { AdminMediaLibrary } from '../pages/admin-media-library';
import { AdminPostEditor } from '../pages/admin-post-editor';
import { AdminPreview } from '../pages/admin-preview';
import { ArticlePage } from '../pages/article-page';
import { takePostOffline, watchAdminLogin } from '../support/take-post-offline';
import { msUntil } from '../support/timing';

const COVER_FILE = path.resolve(__dirname, '../../cms/seed/media/cover-leger-des-heils.jpg');

/** A fresh slug per run; afterwards the post goes offline again, so later specs see the demo lists. */
const test = base.extend<{ slug: string }>({
  slug: async ({ page, request }, use) => {
    const slug = `soep-en-een-warm-woord-${Date.now()}`;
    const adminToken = watchAdminLogin(page);
    await use(slug);
    const token = adminToken();
    if (token) await takePostOffline(request, slug, token);
  },
});

test('an editor writes a post in the admin, previews it and publishes it to the site', async ({
  page,
  request,
  slug,
}) => {
  test.slow();
  const title = 'Soep en een warm woord bij het Leger des Heils';
  const text = 'Elke donderdag schuiven zestig buurtgenoten aan voor een warme maaltijd.';
  const coverAlt = 'Vrijwilligers scheppen soep op in de keuken van het Leger des Heils';
  const admin = new AdminApp(page);
  const editor = new AdminPostEditor(page);
  const media = new AdminMediaLibrary(page);
  const preview = new AdminPreview(page);

  // Write the post.
  await admin.closePromotionsWhenShown();
  await admin.logIn(TEST_ADMIN);
  await admin.contentManagerLink.click();
  await admin.collectionTypeLink('Bericht').click();
  await editor.createEntryLink.click();
  await editor.title.fill(title);
  await editor.slug.fill(slug);
  await editor.body.click();
  await editor.body.pressSequentially(text);
  await editor.addCoverButton.click();
  await media.uploadAndSelect(COVER_FILE, coverAlt);
  await expect(editor.coverField.getByRole('img', { name: coverAlt })).toBeVisible();
  await editor.pick(editor.authorPicker, DEMO.author.name);
  await editor.pick(editor.labelsPicker, DEMO.label.name);
  await editor.saveButton.click();

  // Preview the draft in the site's layout; the public still gets a 404.
  await editor.openPreviewLink.click();
  await expect(preview.site.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.site.getByRole('status')).toContainText('Voorbeeld');
  await expect(preview.site.getByText(text)).toBeVisible();
  expect((await request.get(`/berichten/${slug}`)).status()).toBe(404);

  // Publish.
  await preview.publishButton.click();
  await expect(preview.documentStatus).toHaveText(/^(Published|Gepubliceerd)$/);

  // The site has it within moments.
  const ms = await msUntil(request, `/berichten/${slug}`, (status) => status === 200);
  console.log(`published in the admin → live: ${ms} ms`);
  const article = new ArticlePage(page);
  await article.goto(slug);
  await expect(article.title).toHaveText(title);
  await expect(article.image(coverAlt)).toBeVisible();
  await expect(article.authorLink(DEMO.author.name)).toBeVisible();
  await expect(article.labelLink(DEMO.label.name)).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
});
