import { expect, it } from 'vitest';
import { testPost, testSite } from './test-fixtures';
import { labelShareImage } from './og/sources';
import { articleSocialMetadata, blogPostingJsonLd, pageSocialMetadata, scriptSafeJson } from './social';

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
    images: [{ width: 1200, height: 630, alt: 'Het inloophuis', type: 'image/jpeg' }],
  });
  const [image] = (openGraph?.images ?? []) as { url: string }[];
  expect(image?.url).toMatch(
    /^https:\/\/fractie\.example\/berichten\/werkbezoek-leger-des-heils\/og-image\?v=/,
  );
  expect(twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: image?.url }] });
});

it('gives a post without a cover a generated card, described by its title', () => {
  const { openGraph } = articleSocialMetadata({ ...post, cover: null }, site, 'https://fractie.example');
  expect(openGraph?.images).toMatchObject([{ alt: post.title, type: 'image/png', width: 1200, height: 630 }]);
});

it('describes a label page as a website with its own card', () => {
  const { openGraph, twitter } = pageSocialMetadata({
    type: 'website',
    path: '/labels/zorg',
    title: 'Zorg',
    description: null,
    image: labelShareImage({ name: 'Zorg', slug: 'zorg', description: null }, site),
    site,
    siteUrl: 'https://fractie.example',
  });
  expect(openGraph).toMatchObject({
    type: 'website',
    url: 'https://fractie.example/labels/zorg',
    description: 'Nieuws van de fractie',
    images: [{ alt: 'Zorg', type: 'image/png' }],
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
