import { describe, expect, it } from 'vitest';
import { articleSlug } from './article-slug';
import { isSameOriginRequest } from './same-origin';
import { shareEvent } from './share-event';

describe('shareEvent', () => {
  it('takes a slug and a platform, nothing more', () => {
    expect(shareEvent.parse({ slug: 'werkbezoek-leger-des-heils', platform: 'copy' })).toEqual({
      slug: 'werkbezoek-leger-des-heils',
      platform: 'copy',
    });
  });

  it.each([
    {},
    { slug: 'werkbezoek', platform: 'myspace' },
    { slug: 'Werkbezoek', platform: 'x' },
    { slug: '../../admin', platform: 'x' },
    { slug: 'werkbezoek', platform: 'x', userAgent: 'iPhone' },
  ])('refuses %j', (body) => {
    expect(shareEvent.safeParse(body).success).toBe(false);
  });
});

describe('isSameOriginRequest', () => {
  const site = 'https://fractie.example.nl';
  const ask = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), site);

  it('trusts the browser’s Sec-Fetch-Site first', () => {
    expect(ask({ 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(ask({ 'sec-fetch-site': 'cross-site', origin: site })).toBe(false);
    expect(ask({ 'sec-fetch-site': 'same-site' })).toBe(false);
  });

  it('compares Origin with the site when that is all there is', () => {
    expect(ask({ origin: site })).toBe(true);
    expect(ask({ origin: 'https://evil.example' })).toBe(false);
    expect(ask({ origin: 'null' })).toBe(false);
    expect(ask({})).toBe(true);
  });
});

describe('articleSlug', () => {
  it('reads the slug of an article URL', () => {
    expect(articleSlug('https://fractie.example.nl/berichten/werkbezoek-leger-des-heils')).toBe(
      'werkbezoek-leger-des-heils',
    );
    expect(articleSlug('https://fractie.example.nl/blog/berichten/motie-1/')).toBe('motie-1');
  });

  it('is null for anything else', () => {
    expect(articleSlug('https://fractie.example.nl/labels/wonen')).toBeNull();
    expect(articleSlug('https://fractie.example.nl/berichten/Hoofdletters')).toBeNull();
    expect(articleSlug('geen url')).toBeNull();
  });
});
