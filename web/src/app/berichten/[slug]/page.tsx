import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { env } from '@/env';
import { feedAlternates } from '@/lib/feed-links';
import { loadPost, loadShareLinks } from '@/lib/loaders';
import { Article } from './_components/Article';

// Rendered on the first visit, then served from the page cache until the CMS says otherwise.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/berichten/[slug]'>): Promise<Metadata> {
  const post = await loadPost((await params).slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.excerpt,
    alternates: {
      canonical: `/berichten/${post.slug}`,
      types: feedAlternates([{ path: '/feed.xml', title: 'RSS' }]),
    },
  };
}

export default async function PostPage({ params }: PageProps<'/berichten/[slug]'>) {
  const [post, shareLinks] = await Promise.all([loadPost((await params).slug), loadShareLinks()]);
  if (!post) notFound();
  return (
    <Article post={post} shareLinks={shareLinks} canonicalUrl={`${env.siteUrl}/berichten/${post.slug}`} />
  );
}
