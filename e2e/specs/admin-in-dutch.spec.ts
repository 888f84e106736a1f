import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { AdminApp } from '../pages/admin-app';
import { AdminListView } from '../pages/admin-list-view';
import { AdminPostEditor } from '../pages/admin-post-editor';
import { AdminPreview } from '../pages/admin-preview';
import { inviteFactionMember } from '../support/editor-account';
import { takePostOffline, watchAdminLogin } from '../support/take-post-offline';

/**
 * English that Strapi showed a Dutch editor before, or shows when its Dutch has a gap. Matched as
 * whole words in the text on screen, whatever its case (headers are shown in capitals).
 */
const ENGLISH = [
  'Search',
  'Introducing',
  'Media Library',
  'Marketplace',
  'Published',
  'Draft',
  'Modified',
  'Entries',
  'Found',
  'Create new entry',
  'Save',
  'Publish',
  'Unpublish',
  'Preview',
  'Settings',
  'Filters',
  'Logout',
  'Profile',
  'Home',
  'Title',
  'Author',
  'Publication date',
  'Collection Types',
  'Single Types',
  'Untitled',
  'Welcome',
  'Content',
  'Documentation',
];

/** The words on screen: text, the hints in empty fields, and the names of icon-only buttons and links. */
async function wordsOn(page: Page): Promise<string> {
  const attributes = (selector: string, name: string) =>
    page
      .locator(selector)
      .evaluateAll(
        (elements, attribute) => elements.map((element) => element.getAttribute(attribute) ?? ''),
        name,
      );
  return [
    await page.locator('body').innerText(),
    ...(await attributes('[placeholder]:visible', 'placeholder')),
    ...(await attributes('a[aria-label]:visible, button[aria-label]:visible', 'aria-label')),
  ].join('\n');
}

const englishOn = async (page: Page): Promise<string[]> => {
  const text = await wordsOn(page);
  return ENGLISH.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
};

/** One picture per step of the path, attached to the report and kept in the test's output folder. */
async function step(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${String(testInfo.attachments.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  expect.soft(await englishOn(page), `English words on "${name}"`).toEqual([]);
}

// Wide enough that the list's last column (Status) is in the pictures.
test.use({ viewport: { width: 1600, height: 900 } });

test('a Redacteur finds the whole path from login to share statistics in Dutch', async ({
  page,
  request,
}, testInfo) => {
  test.slow();
  const member = await inviteFactionMember('Redacteur', { firstname: 'Fatima', lastname: 'Bakker' });
  const slug = `raadsvragen-over-de-bibliotheek-${Date.now()}`;
  const title = 'Raadsvragen over de openingstijden van de bibliotheek';
  const adminToken = watchAdminLogin(page);
  const admin = new AdminApp(page);
  const list = new AdminListView(page);
  const editor = new AdminPostEditor(page);
  const preview = new AdminPreview(page);

  try {
    // Log in.
    await admin.goto();
    await expect(admin.loginButton).toHaveAccessibleName('Inloggen');
    await step(page, testInfo, 'inloggen');
    await admin.emailField.fill(member.email);
    await admin.passwordField.fill(member.password);
    await admin.loginButton.click();
    await expect(admin.contentManagerLink).toBeVisible();
    await expect(admin.loadingWidgets).toHaveCount(0);
    await step(page, testInfo, 'start');

    // The list of berichten: Dutch columns, newest first, and only the types an editor needs.
    await admin.contentManagerLink.click();
    await admin.collectionTypeLink('Bericht').click();
    await expect(list.columnHeaders).toHaveText(['Titel', 'Auteur', 'Publicatiedatum', 'Labels', 'Status']);
    await expect(list.rows.first()).toBeVisible();
    await expect(list.rows.filter({ hasText: DEMO.newest.title })).toHaveCount(1);
    const newestFirst: readonly string[] = DEMO.publishedTitlesNewestFirst;
    const shown = await list.rows.allInnerTexts();
    const demoOrder = shown
      .map((row) => newestFirst.find((postTitle) => row.includes(postTitle)))
      .filter((postTitle) => postTitle !== undefined);
    expect(demoOrder).toEqual(newestFirst.slice(0, demoOrder.length));
    expect(demoOrder.length).toBeGreaterThan(2);
    await expect(admin.collectionTypeLink('Bericht')).toBeVisible();
    await expect(admin.collectionTypeLink('User')).toHaveCount(0);
    await expect(admin.collectionTypeLink('Gebruiker')).toHaveCount(0);
    await expect(admin.marketplaceLink).toHaveCount(0);
    await step(page, testInfo, 'berichten');

    // A new post.
    await editor.createEntryLink.click();
    await editor.title.fill(title);
    await editor.slug.fill(slug);
    await editor.body.click();
    await editor.body.pressSequentially('De bibliotheek in de wijk gaat twee avonden per week eerder dicht.');
    await editor.pick(editor.authorPicker, DEMO.author.name);
    await editor.pick(editor.labelsPicker, DEMO.label.name);
    await editor.saveButton.click();
    await expect(editor.openPreviewLink).toBeVisible();
    await step(page, testInfo, 'nieuw-bericht');

    // Its preview, then publishing it from there.
    await editor.openPreviewLink.click();
    await expect(preview.site.getByRole('heading', { level: 1 })).toHaveText(title);
    await step(page, testInfo, 'voorbeeld');
    await preview.publishButton.click();
    await expect(preview.documentStatus).toHaveText('Gepubliceerd');
    await step(page, testInfo, 'gepubliceerd');

    // A reader shares it; the editor sees it beside the post.
    await expect
      .poll(async () => (await request.get(`/berichten/${slug}`)).status(), { timeout: 15_000 })
      .toBe(200);
    const shared = await request.post('/api/deel', {
      data: { slug, platform: 'bluesky' },
      headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0' },
    });
    expect(shared.status()).toBe(202);
    await page.goto(page.url().replace(/\/preview(\?.*)?$/, ''));
    await expect(editor.sharesTable.getByRole('row', { name: /^Bluesky/ })).toHaveText(/^Bluesky11$/);
    await step(page, testInfo, 'gedeeld');
  } finally {
    const token = adminToken();
    if (token) await takePostOffline(request, slug, token);
  }
});
