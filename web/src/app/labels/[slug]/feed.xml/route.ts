import { connection } from 'next/server';
import { env } from '@/env';
import { getLabelBySlug, getSite, listRecentPosts } from '@/lib/cms';
import { renderRss, rssResponse } from '@/lib/feed';
import { nl } from '@/lib/i18n/nl';

export async function GET(_request: Request, { params }: RouteContext<'/labels/[slug]/feed.xml'>) {
  // Answered when asked, from cached CMS data: never rendered at build time, when there may be no CMS.
  await connection();
  const label = await getLabelBySlug((await params).slug);
  if (!label) return new Response(nl.notFound.title, { status: 404 });
  const [site, posts] = await Promise.all([getSite(), listRecentPosts({ labelSlug: label.slug })]);
  const channel = {
    title: `${site.name}: ${label.name}`,
    description: label.description ?? nl.label.title(label.name),
    pagePath: `/labels/${label.slug}`,
    feedPath: `/labels/${label.slug}/feed.xml`,
  };
  return rssResponse(renderRss(site, env.siteUrl, channel, posts));
}
