import { expect, it } from 'vitest';
import { toBlocks } from './cms/blocks';
import type { Post, Site } from './cms';
import { renderRss } from './feed';

const site: Site = {
  name: 'Samen Lindeveen',
  tagline: null,
  description: 'Nieuws van de fractie',
  logo: null,
  socialLinks: [],
};
const post: Post = {
  title: 'Werkbezoek Leger des Heils',
  slug: 'werkbezoek-leger-des-heils',
  excerpt: 'Een verslag.',
  publicationDate: '2020-09-07T15:35:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  cover: { src: '/uploads/cover.jpg', alt: 'Het inloophuis', width: 1200, height: 675, srcSet: '' },
  author: { name: 'Henrike Nijman', slug: 'henrike-nijman', role: null, bio: null, avatar: null },
  labels: [{ name: 'Werkbezoeken', slug: 'werkbezoeken', description: null }],
  content: toBlocks([{ type: 'paragraph', children: [{ type: 'text', text: 'Vandaag <bezochten> wij…' }] }]),
};

it('renders an RSS 2.0 item with every field a reader needs', () => {
  const xml = renderRss(
    site,
    'https://fractie.example',
    { title: 'Samen Lindeveen', description: 'Nieuws', pagePath: '/', feedPath: '/feed.xml' },
    [post],
  );

  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain('<title><![CDATA[Werkbezoek Leger des Heils]]></title>');
  expect(xml).toContain('<link>https://fractie.example/berichten/werkbezoek-leger-des-heils</link>');
  expect(xml).toMatch(/<guid[^>]*>https:\/\/fractie\.example\/berichten\/werkbezoek-leger-des-heils<\/guid>/);
  expect(xml).toContain('<pubDate>Mon, 07 Sep 2020 15:35:00 GMT</pubDate>');
  expect(xml).toContain('<dc:creator>Henrike Nijman</dc:creator>');
  expect(xml).toContain(
    '<category domain="https://fractie.example/labels/werkbezoeken">Werkbezoeken</category>',
  );
  expect(xml).toContain('<description><![CDATA[Een verslag.]]></description>');
  expect(xml).toContain(
    '<content:encoded><![CDATA[<p>Vandaag &lt;bezochten&gt; wij…</p>]]></content:encoded>',
  );
  expect(xml).toMatch(/<enclosure [^>]*url="https:\/\/fractie\.example\/uploads\/cover\.jpg"/);
  expect(xml).toMatch(/<enclosure [^>]*type="image\/jpeg"/);
  expect(xml).toContain('<language>nl</language>');
});
