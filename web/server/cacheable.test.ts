import { describe, expect, it } from 'vitest';
import { isShareablePage, pageKey } from './cacheable';

describe('pageKey', () => {
  const host = 'fractie.example.nl';

  it('keys anonymous page views by encoding, site and URL', () => {
    expect(pageKey('GET', '/berichten/x', { host, 'accept-encoding': 'gzip, br' })).toBe(
      'gzip fractie.example.nl/berichten/x',
    );
    expect(pageKey('HEAD', '/?pagina=2', { host })).toBe('identity fractie.example.nl/?pagina=2');
  });

  it('keeps the pages of two domains apart, whatever port they came in on', () => {
    expect(pageKey('GET', '/', { host: 'Andere.Example.nl:8080' })).toBe('identity andere.example.nl/');
    expect(pageKey('GET', '/', { host: 'evil/../x' })).toBe('identity -/');
  });

  it('ignores query parameters that do not change the page, as the page cache of Next does', () => {
    expect(pageKey('GET', '/berichten/x?fbclid=abc&utm_source=whatsapp', { host })).toBe(
      'identity fractie.example.nl/berichten/x',
    );
    expect(pageKey('GET', '/?q=1&pagina=2', { host })).toBe('identity fractie.example.nl/?pagina=2');
  });

  it('sends everything else to Next', () => {
    expect(pageKey('POST', '/', {})).toBeNull();
    expect(pageKey('GET', '/', { cookie: '__prerender_bypass=1' })).toBeNull();
    expect(pageKey('GET', '/', { authorization: 'Bearer x' })).toBeNull();
    expect(pageKey('GET', '/', { rsc: '1' })).toBeNull();
    expect(pageKey('GET', '/', { 'next-router-prefetch': '1' })).toBeNull();
    expect(pageKey('GET', '/berichten/x?_rsc=abc', {})).toBeNull();
    expect(pageKey('GET', '/api/zoeken?q=x', {})).toBeNull();
    expect(pageKey('GET', '/_next/static/chunk.js', {})).toBeNull();
  });
});

describe('isShareablePage', () => {
  const hit = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=3600, stale-while-revalidate' };

  it('keeps pages Next served from its own cache', () => {
    expect(isShareablePage(200, hit)).toBe(true);
  });

  it('never keeps renders, errors, cookies or private answers', () => {
    expect(isShareablePage(200, { ...hit, 'x-nextjs-cache': 'MISS' })).toBe(false);
    expect(isShareablePage(200, { 'cache-control': 'no-store' })).toBe(false);
    expect(isShareablePage(404, hit)).toBe(false);
    expect(isShareablePage(200, { ...hit, 'set-cookie': ['a=b'] })).toBe(false);
    expect(isShareablePage(200, { ...hit, 'cache-control': 'private, no-cache, no-store' })).toBe(false);
  });
});
