import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

/** The focused element's visible outline: a keyboard user must always see where they are. */
const outlineOf = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

test('the first Tab offers a visible skip link that jumps to the content', async ({ page }) => {
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await outlineOf(page)).toMatchObject({ style: expect.not.stringMatching(/^none$/) });

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

test('a keyboard user reaches every share button with a visible focus, and copies the link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  const share = page.getByRole('navigation', { name: 'Deel dit bericht' });
  // "Delen…" is there only where the browser has a share sheet; headless Chromium has none.
  const controls = share.locator('a:visible, button:visible');
  const count = await controls.count();
  await controls.first().focus();
  const reached: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    reached.push(name);
    const outline = await outlineOf(page);
    expect(outline.style, name).not.toBe('none');
    expect(outline.width, name).toBeGreaterThan(0);
    if (index < count - 1) await page.keyboard.press('Tab');
  }
  expect(reached).toContain('Deel via WhatsApp');
  expect(reached.at(-1)).toBe('Kopieer link');

  await page.keyboard.press('Enter');
  await expect(share.getByText('Link gekopieerd')).toBeVisible();
});

test('a keyboard user searches from the header field', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('banner').getByRole('searchbox');
  await field.focus();
  await page.keyboard.type('buurthuis');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\?q=buurthuis/);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /buurthuizen/ })
      .first(),
  ).toBeVisible();
});

test('with reduced motion asked for, nothing on the page moves', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
        return seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0;
      }).length,
  );
  expect(moving).toBe(0);
  await context.close();
});
