import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

const secret = () => {
  const secrets: Record<string, string> = JSON.parse(process.env.E2E_SECRETS ?? '{}');
  const value = secrets.PREVIEW_SECRET;
  if (!value) throw new Error('PREVIEW_SECRET is not set (playwright.config.ts sets it)');
  return value;
};
const previewUrl = (path: string, key = secret()) =>
  `/api/preview?${new URLSearchParams({ secret: key, path })}`;

test('an editor sees the draft in preview; the public URL stays 404', async ({ page, request }) => {
  expect((await request.get(`/berichten/${DEMO.draft.slug}`)).status()).toBe(404);

  const response = await page.goto(previewUrl(`/berichten/${DEMO.draft.slug}`));
  // A draft is for this editor only: no cache may keep it.
  expect(response?.headers()['cache-control']).toContain('no-store');

  await expect(page).toHaveURL(new RegExp(`/berichten/${DEMO.draft.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.draft.title);
  await expect(page.getByRole('status')).toContainText('Voorbeeld');
  expect((await request.get(`/berichten/${DEMO.draft.slug}`)).status()).toBe(404);

  await page.getByRole('link', { name: 'Voorbeeld sluiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
});

test('preview with a wrong secret is refused', async ({ request }) => {
  const response = await request.get(
    previewUrl(`/berichten/${DEMO.draft.slug}`, 'verkeerd-geheim-1234567890'),
    { maxRedirects: 0 },
  );
  expect(response.status()).toBe(401);
  expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
});

for (const target of [
  '//evil.example/x',
  '/\\evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  '/\t/evil.example',
  ' /x',
  '',
]) {
  test(`preview refuses to send an editor to ${JSON.stringify(target)}`, async ({ request }) => {
    const response = await request.get(previewUrl(target), { maxRedirects: 0 });
    expect(response.status()).toBe(400);
  });
}
