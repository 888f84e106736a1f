import { expect, test } from '../support/test';

test('an unknown post gets the Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/berichten/dit-bericht-bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Naar de voorpagina' })).toBeVisible();
});

for (const path of [
  '/bestaat-niet',
  '/labels/bestaat-niet',
  '/auteurs/bestaat-niet',
  '/?pagina=abc',
  '/?pagina=0',
  '/?pagina=9999',
  '/labels/werkbezoeken?pagina=-1',
  '/berichten/HOOFDLETTERS',
  '/berichten/%C3%A9%C3%A9n',
  '/uploads/bestaat-niet.jpg',
  '/uploads/..%2F..%2Fetc%2Fpasswd',
]) {
  test(`${path} answers 404`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
  });
}

for (const path of ['/berichten/%ff', '/labels/%E2%82', '/%c0%ae%c0%ae/']) {
  test(`${path} with broken percent-encoding answers 400, not 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
  });
}
