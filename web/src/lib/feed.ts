import { Feed } from 'feed';
import { blocksToFeedHtml } from './blocks/feed-html';
import type { Post, Site } from './cms';

type FeedChannel = {
  title: string;
  description: string;
  /** Site-relative path of the page this feed belongs to, e.g. `/labels/wonen`. */
  pagePath: string;
  /** Site-relative path of the feed itself. */
  feedPath: string;
};

/** RSS 2.0 of the given posts: title, link, guid, date, author, labels, excerpt, full text, cover. */
export function renderRss(site: Site, siteUrl: string, channel: FeedChannel, posts: Post[]): string {
  const feed = new Feed({
    id: `${siteUrl}${channel.pagePath}`,
    link: `${siteUrl}${channel.pagePath}`,
    title: channel.title,
    description: channel.description,
    language: 'nl',
    copyright: site.name,
    updated: posts[0] ? new Date(posts[0].publicationDate) : undefined,
    generator: 'fractieblog',
    feedLinks: { rss: `${siteUrl}${channel.feedPath}` },
    image: site.logo ? `${siteUrl}${site.logo.src}` : undefined,
  });
  for (const post of posts) {
    const url = `${siteUrl}/berichten/${post.slug}`;
    feed.addItem({
      title: post.title,
      link: url,
      guid: url,
      date: new Date(post.publicationDate),
      description: post.excerpt,
      content: blocksToFeedHtml(post.content, siteUrl),
      category: post.labels.map((label) => ({ name: label.name, domain: `${siteUrl}/labels/${label.slug}` })),
      enclosure: post.cover
        ? { url: `${siteUrl}${post.cover.src}`, type: mimeOf(post.cover.src) }
        : undefined,
      extensions: post.author ? [{ name: 'dc:creator', objects: { _text: post.author.name } }] : undefined,
    });
  }
  return feed.rss2();
}

function mimeOf(path: string): string {
  if (/\.png$/i.test(path)) return 'image/png';
  if (/\.webp$/i.test(path)) return 'image/webp';
  return 'image/jpeg';
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
