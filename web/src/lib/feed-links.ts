/** The `<link rel="alternate" type="application/rss+xml">` entries for a page's metadata. */
export function feedAlternates(feeds: { path: string; title: string }[]) {
  return { 'application/rss+xml': feeds.map((feed) => ({ url: feed.path, title: feed.title })) };
}
