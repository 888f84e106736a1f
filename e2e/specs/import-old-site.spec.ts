import path from 'node:path';
import { test as base, expect } from '../support/test';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { AdminApp } from '../pages/admin-app';
import { AdminImport } from '../pages/admin-import';
import { ArticlePage } from '../pages/article-page';
import { takePostOffline, watchAdminLogin } from '../support/take-post-offline';

const EXPORT = path.resolve(__dirname, '../../cms/test/import-fixtures/wordpress-1.0.xml');
const IMPORTED = ['kandidatenlijst-2010', 'nieuwe-fractievoorzitter'];

/** Afterwards the imported posts go offline again, so later specs see the demo lists. */
const test = base.extend<{ cleanUp: void }>({
  cleanUp: [
    async ({ page, request }, use) => {
      const adminToken = watchAdminLogin(page);
      await use();
      for (const slug of IMPORTED) await takePostOffline(request, slug, adminToken());
    },
    { auto: true },
  ],
});

test('an editor imports the export of the old WordPress site, checked first', async ({ page }) => {
  test.slow();
  const admin = new AdminApp(page);
  const importer = new AdminImport(page);
  await admin.closePromotionsWhenShown();
  await admin.logIn(TEST_ADMIN);

  await importer.menuLink.click();
  await importer.exportFile.setInputFiles(EXPORT);
  await importer.checkButton.click();
  await expect(importer.report('Wat de import zou doen')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('2 nieuw, 0 bijgewerkt')).toBeVisible();

  await importer.importButton.click();
  await expect(importer.done).toBeVisible({ timeout: 60_000 });
  await expect(importer.report('Wat de import deed')).toBeVisible();

  const article = new ArticlePage(page);
  const answer = await article.goto(IMPORTED[0] ?? '');
  expect(answer?.status()).toBe(200);
  await expect(article.title).toHaveText('Kandidatenlijst gemeenteraadsverkiezingen 2010');
});
