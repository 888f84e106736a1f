import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { listPosts } from '@/lib/cms';
import { env } from '@/env';
import { feedAlternates } from '@/lib/feed-links';
import { frontShareImage } from '@/lib/og/sources';
import { pageSocialMetadata } from '@/lib/social';
import { loadSite } from '@/lib/loaders';
import { nl } from '@/lib/i18n/nl';
import { pageHref, parsePageParam } from '@/lib/pagination';

// Rendered on the first visit, then served from the page cache until the CMS says otherwise.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/pagina/[page]'>): Promise<Metadata> {
  const [page, site] = [parsePageParam((await params).page), await loadSite()];
  return {
    ...pageSocialMetadata({
      type: 'website',
      path: '/',
      title: site.name,
      description: site.tagline,
      image: frontShareImage(site),
      site,
      siteUrl: env.siteUrl,
    }),
    alternates: {
      canonical: pageHref('/', page ?? 1),
      types: feedAlternates([{ path: '/feed.xml', title: site.name }]),
    },
  };
}

/** The front page; `/` and `/?pagina=N` are rewritten here (next.config.ts). */
export default async function HomePage({ params }: PageProps<'/pagina/[page]'>) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  const posts = await listPosts({ page });
  if (page > 1 && page > posts.pageCount) notFound();
  return (
    <section className="listing" aria-labelledby="listing-title">
      <h1 id="listing-title" className="listing__title">
        {nl.posts.latest}
      </h1>
      <PostList page={posts} basePath="/" loadMore />
    </section>
  );
}
