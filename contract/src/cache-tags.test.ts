import { expect, it } from 'vitest';
import { TAG_PATTERN, TAGS } from './cache-tags';

it('the revalidation endpoint accepts every tag the CMS can send, and nothing else', () => {
  const slug = 'werkbezoek-leger-des-heils';
  const tags = [
    TAGS.posts,
    TAGS.post(slug),
    TAGS.label(slug),
    TAGS.author(slug),
    TAGS.shareLinks,
    TAGS.site,
    TAGS.redirects,
  ];
  for (const tag of tags) expect(tag).toMatch(TAG_PATTERN);
  for (const tag of ['post:', 'post:Hoofdletters', 'post:../admin', 'posts ', 'label:a--b', 'alles']) {
    expect(tag).not.toMatch(TAG_PATTERN);
  }
});
