import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { listPosts } from '@/lib/cms';
import { env } from '@/env';
import { feedAlternates } from '@/lib/feed-links';
import { nl } from '@/lib/i18n/nl';
import { loadLabel, loadSite } from '@/lib/loaders';
import { labelShareImage } from '@/lib/og/sources';
import { pageSocialMetadata } from '@/lib/social';
import { pageHref, parsePageParam } from '@/lib/pagination';

// Rendered on the first visit, then served from the page cache until the CMS says otherwise.
export const generateStaticParams = () => [];

export async function generateMetadata({
  params,
}: PageProps<'/labels/[slug]/pagina/[page]'>): Promise<Metadata> {
  const [label, site] = await Promise.all([loadLabel((await params).slug), loadSite()]);
  if (!label) return {};
  return {
    ...pageSocialMetadata({
      type: 'website',
      path: `/labels/${label.slug}`,
      title: nl.label.title(label.name),
      description: label.description,
      image: labelShareImage(label, site),
      site,
      siteUrl: env.siteUrl,
    }),
    title: nl.label.title(label.name),
    description: label.description ?? undefined,
    alternates: {
      canonical: pageHref(`/labels/${label.slug}`, parsePageParam((await params).page) ?? 1),
      types: feedAlternates([{ path: `/labels/${label.slug}/feed.xml`, title: label.name }]),
    },
  };
}

export default async function LabelPage({ params }: PageProps<'/labels/[slug]/pagina/[page]'>) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const label = await loadLabel(slug);
  if (!label || page === null) notFound();
  const posts = await listPosts({ page, labelSlug: label.slug });
  if (page > 1 && page > posts.pageCount) notFound();
  return (
    <section className="listing" aria-labelledby="listing-title">
      <header className="listing__header">
        <p className="listing__kicker">Label</p>
        <h1 id="listing-title" className="listing__title">
          {label.name}
        </h1>
        {label.description ? <p className="listing__intro">{label.description}</p> : null}
        <p className="listing__count">{nl.label.count(posts.total)}</p>
      </header>
      <PostList page={posts} basePath={`/labels/${label.slug}`} />
    </section>
  );
}
