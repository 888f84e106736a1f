import { connection } from 'next/server';
import { env } from '@/env';
import { getAuthorBySlug, getSite, listRecentPosts } from '@/lib/cms';
import { renderRss, rssResponse } from '@/lib/feed';
import { nl } from '@/lib/i18n/nl';

export async function GET(_request: Request, { params }: RouteContext<'/auteurs/[slug]/feed.xml'>) {
  // Answered when asked, from cached CMS data: never rendered at build time, when there may be no CMS.
  await connection();
  const author = await getAuthorBySlug((await params).slug);
  if (!author) return new Response(nl.notFound.title, { status: 404 });
  const [site, posts] = await Promise.all([getSite(), listRecentPosts({ authorSlug: author.slug })]);
  const channel = {
    title: `${site.name}: ${author.name}`,
    description: author.bio ?? nl.author.postsBy(author.name),
    pagePath: `/auteurs/${author.slug}`,
    feedPath: `/auteurs/${author.slug}/feed.xml`,
  };
  return rssResponse(renderRss(site, env.siteUrl, channel, posts));
}
