import { describe, expect, it } from 'vitest';
import { absoluteUrl, isPostIdUrl, onSite, siteBase, slugFromUrl, uniqueUrls } from './old-urls';

describe('siteBase and onSite', () => {
  it('joins paths to the site without doubling slashes, also below a folder', () => {
    expect(onSite(siteBase('https://www.samenlindeveen.nl/'), '/?p=12')).toBe(
      'https://www.samenlindeveen.nl/?p=12',
    );
    expect(onSite(siteBase('http://samenlindeveen.nl/blog'), 'tag/zorg/')).toBe(
      'http://samenlindeveen.nl/blog/tag/zorg/',
    );
  });

  it('keeps the path when the site is unknown', () => {
    expect(onSite(siteBase(undefined), '/tag/zorg/')).toBe('/tag/zorg/');
    expect(siteBase('javascript:alert(1)')).toBeUndefined();
    expect(siteBase('geen adres')).toBeUndefined();
  });
});

describe('absoluteUrl', () => {
  it('resolves relative links against the site and refuses other schemes', () => {
    expect(absoluteUrl('/berichten/a/', 'https://samenlindeveen.nl')).toBe(
      'https://samenlindeveen.nl/berichten/a/',
    );
    expect(absoluteUrl('mailto:fractie@samenlindeveen.nl')).toBeUndefined();
    expect(absoluteUrl('/zonder-site')).toBeUndefined();
  });
});

describe('isPostIdUrl', () => {
  it.each([
    ['https://www.samenlindeveen.nl/?p=101', true],
    ['https://www.samenlindeveen.nl/?page_id=108', false],
    ['https://www.samenlindeveen.nl/?p=101&preview=true', true],
    ['https://www.samenlindeveen.nl/2023/03/14/werkbezoek/', false],
    ['urn:uuid:?p=1', false],
  ])('%s → %s', (url, expected) => {
    expect(isPostIdUrl(url)).toBe(expected);
  });
});

describe('slugFromUrl', () => {
  it.each([
    ['https://www.samenlindeveen.nl/2023/03/14/werkbezoek-leger-des-heils/', 'werkbezoek-leger-des-heils'],
    [
      'http://samenlindeveen.blogspot.com/2012/03/werkbezoek-leger-des-heils.html',
      'werkbezoek-leger-des-heils',
    ],
    ['/2023/03/werkbezoek-leger-des-heils.html', 'werkbezoek-leger-des-heils'],
    ['https://www.samenlindeveen.nl/?p=103', undefined],
    ['https://www.samenlindeveen.nl', undefined],
    ['https://x.nl/caf%C3%A9-praat/', 'café-praat'],
  ])('%s → %s', (url, slug) => {
    expect(slugFromUrl(url)).toBe(slug);
  });
});

describe('uniqueUrls', () => {
  it('keeps the order, each address once', () => {
    expect(uniqueUrls(['b', undefined, 'a', 'b'])).toEqual(['b', 'a']);
  });
});
