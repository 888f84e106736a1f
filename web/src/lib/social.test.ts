import { expect, it } from 'vitest';
import { testPost, testSite } from './test-fixtures';
import { articleSocialMetadata, blogPostingJsonLd, scriptSafeJson } from './social';

const site = testSite;
const post = testPost;

it('describes the article for social media with absolute URLs', () => {
  const { openGraph, twitter } = articleSocialMetadata(post, site, 'https://fractie.example');
  expect(openGraph).toMatchObject({
    type: 'article',
    url: 'https://fractie.example/berichten/werkbezoek-leger-des-heils',
    siteName: 'Samen Lindeveen',
    locale: 'nl_NL',
    publishedTime: '2020-09-07T15:35:00.000Z',
    authors: ['https://fractie.example/auteurs/henrike-nijman'],
    tags: ['Werkbezoeken'],
    images: [
      { url: 'https://fractie.example/uploads/cover.jpg', width: 1200, height: 675, alt: 'Het inloophuis' },
    ],
  });
  expect(twitter).toMatchObject({ card: 'summary_large_image' });
});

it('describes the article as a schema.org BlogPosting', () => {
  expect(blogPostingJsonLd(post, site, 'https://fractie.example')).toMatchObject({
    '@type': 'BlogPosting',
    headline: 'Werkbezoek Leger des Heils',
    author: {
      '@type': 'Person',
      name: 'Henrike Nijman',
      url: 'https://fractie.example/auteurs/henrike-nijman',
    },
    publisher: { '@type': 'Organization', logo: { url: 'https://fractie.example/uploads/logo.png' } },
    mainEntityOfPage: { '@id': 'https://fractie.example/berichten/werkbezoek-leger-des-heils' },
  });
});

it('keeps JSON inside a script element', () => {
  expect(scriptSafeJson({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
});
