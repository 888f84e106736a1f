import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { listPosts } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { loadLabel } from '@/lib/loaders';
import { parsePageParam } from '@/lib/pagination';

export async function generateMetadata({ params }: PageProps<'/labels/[slug]'>): Promise<Metadata> {
  const label = await loadLabel((await params).slug);
  if (!label) return {};
  return {
    title: nl.label.title(label.name),
    description: label.description ?? undefined,
    alternates: { canonical: `/labels/${label.slug}` },
  };
}

export default async function LabelPage({ params, searchParams }: PageProps<'/labels/[slug]'>) {
  const page = parsePageParam((await searchParams).pagina);
  const label = await loadLabel((await params).slug);
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
