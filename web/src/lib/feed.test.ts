import { expect, it } from 'vitest';
import { testPost, testSite } from './test-fixtures';
import { renderRss } from './feed';

const site = testSite;
const post = testPost;

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
