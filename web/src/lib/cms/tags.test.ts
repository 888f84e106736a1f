import { expect, it } from 'vitest';
import { TAGS as CMS_TAGS } from '../../../../cms/src/revalidation/tags';
import { TAG_PATTERN, TAGS } from './tags';

/** The CMS sends these names and the site caches under them: both sides must agree. */
it('the CMS and the site use the same tag names, and the site accepts every one', () => {
  const slug = 'werkbezoek-leger-des-heils';
  const site = [
    TAGS.posts,
    TAGS.post(slug),
    TAGS.label(slug),
    TAGS.author(slug),
    TAGS.shareLinks,
    TAGS.site,
    TAGS.redirects,
  ];
  const cms = [
    CMS_TAGS.posts,
    CMS_TAGS.post(slug),
    CMS_TAGS.label(slug),
    CMS_TAGS.author(slug),
    CMS_TAGS.shareLinks,
    CMS_TAGS.site,
    CMS_TAGS.redirects,
  ];
  expect(cms).toEqual(site);
  for (const tag of cms) expect(tag).toMatch(TAG_PATTERN);
});
