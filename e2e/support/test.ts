import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, with one promise added to every test that opens a page: no page of the
 * site (the top document or a frame, such as the admin's preview) reports a Content-Security-
 * Policy violation. Chromium reports each one as a console error; the admin's own are Strapi's.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page, baseURL }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        // A script added by another script has no location of its own: it is the page's.
        const where = message.location().url || page.url();
        if (message.type() !== 'error' || !baseURL || !where.startsWith(baseURL)) return;
        if (/Content Security Policy/i.test(message.text())) violations.push(`${where}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations on the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
