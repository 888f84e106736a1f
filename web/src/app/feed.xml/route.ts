import { connection } from 'next/server';
import { env } from '@/env';
import { getSite, listRecentPosts } from '@/lib/cms';
import { renderRss, rssResponse } from '@/lib/feed';

export async function GET() {
  // Answered when asked, from cached CMS data: never rendered at build time, when there may be no CMS.
  await connection();
  const [site, posts] = await Promise.all([getSite(), listRecentPosts()]);
  const channel = {
    title: site.name,
    description: site.description ?? site.name,
    pagePath: '/',
    feedPath: '/feed.xml',
  };
  return rssResponse(renderRss(site, env.siteUrl, channel, posts));
}
