import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

/*
 * axe-core's WCAG 2.2 A and AA rules on every kind of page, on a phone and on a desktop: no
 * violation at all. Lighthouse's accessibility score (npm run bench) checks a subset of the same.
 */
const PAGES = [
  { name: 'front page', path: '/' },
  { name: 'article', path: `/berichten/${DEMO.workVisit.slug}` },
  { name: 'label page', path: `/labels/${DEMO.label.slug}` },
  { name: 'author page', path: `/auteurs/${DEMO.author.slug}` },
  { name: 'search results', path: '/zoeken?q=begroting' },
  { name: 'search without results', path: '/zoeken?q=xyzzy' },
  { name: '404 page', path: '/bestaat-niet' },
];
const VIEWPORTS = [
  { name: 'phone', size: { width: 390, height: 844 } },
  { name: 'desktop', size: { width: 1280, height: 900 } },
];
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });
    for (const { name, path } of PAGES) {
      test(`the ${name} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main')).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}
