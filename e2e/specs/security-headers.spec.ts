import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { SearchPage } from '../pages/search-page';

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

/** The sources a policy allows for one directive. */
function sourcesOf(policy: string | undefined, directive: string): string[] {
  const found = (policy ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return found.find(([name]) => name === directive)?.slice(1) ?? [];
}

test('a page allows only its own inline scripts, by hash, the same from memory as from Next', async ({
  request,
}) => {
  for (const path of ['/', `/berichten/${DEMO.workVisit.slug}`, '/zoeken?q=zorg', '/bestaat-niet']) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const policy = first.headers()['content-security-policy'];
    const scripts = sourcesOf(policy, 'script-src');

    expect(scripts[0], path).toBe("'self'");
    expect(scripts.length, `${path}: Next writes its page data as inline scripts`).toBeGreaterThan(1);
    expect(
      scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
      path,
    ).toBe(true);
    expect(policy, path).not.toMatch(/unsafe-eval/);
    expect(sourcesOf(policy, 'default-src'), path).toEqual(["'self'"]);
    expect(sourcesOf(policy, 'object-src'), path).toEqual(["'none'"]);
    expect(second.headers()['content-security-policy'], path).toBe(policy);
  }
});

test('the browser runs the page but refuses a script slipped into it', async ({ page, cspViolations }) => {
  const search = new SearchPage(page);
  await search.goto('zorg');
  await page.evaluate(() => Reflect.set(window, 'sameDocument', true));
  // Results that follow the field without a page load: React has taken over the page.
  await search.field.fill('gemaal');
  await expect(page).toHaveURL(/\/zoeken\?q=gemaal$/);
  expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);

  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.slippedIn = true';
    document.body.append(script);
    return (window as { slippedIn?: boolean }).slippedIn ?? false;
  });

  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.length).toBe(1);
  // The one expected violation; anything else on the site still fails the test.
  cspViolations.splice(0);
});
