import { expect, test } from '@playwright/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

const PATHS = ['/', `/berichten/${DEMO.workVisit.slug}`, '/zoeken?q=zorg', '/bestaat-niet', '/feed.xml'];

test('every answer of the site carries its security headers, cached or not', async ({ request }) => {
  for (const path of PATHS) {
    // Twice: the second answer of a cached page may come from the server's memory.
    for (const attempt of [1, 2]) {
      const headers = (await request.get(path)).headers();
      const where = `${path} (${attempt})`;
      expect(headers['x-content-type-options'], where).toBe('nosniff');
      expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], where).toContain('camera=()');
      expect(headers['content-security-policy'], where).toMatch(
        /frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+/,
      );
      // Plain http here: HSTS would lock browsers out of a test site.
      expect(headers['strict-transport-security'], where).toBeUndefined();
    }
  }
});
