import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { env } from '@/env';
import { listRelatedPosts } from '@/lib/cms';
import { feedAlternates } from '@/lib/feed-links';
import { loadPost, loadShareLinks, loadSite } from '@/lib/loaders';
import { articleSocialMetadata, blogPostingJsonLd, scriptSafeJson } from '@/lib/social';
import { STATIC_DOCUMENT_METADATA } from '@/lib/static-document';
import { Article } from './_components/Article';
import { RelatedPosts } from './_components/RelatedPosts';

// Rendered on the first visit, then served from the page cache until the CMS says otherwise.
// Sent without Next's runtime (lib/static-document.ts): a client component here renders once on
// the server and never runs in the browser (static-article.test.ts lists them), and links to an
// article are plain <a>s.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/berichten/[slug]'>): Promise<Metadata> {
  const [post, site] = await Promise.all([loadPost((await params).slug), loadSite()]);
  if (!post) return {};
  return {
    ...articleSocialMetadata(post, site, env.siteUrl),
    title: post.title,
    description: post.excerpt,
    alternates: {
      canonical: `/berichten/${post.slug}`,
      types: feedAlternates([{ path: '/feed.xml', title: 'RSS' }]),
    },
    // An article is read, not used: it needs no React in the browser, only its share list's script.
    other: STATIC_DOCUMENT_METADATA,
  };
}

export default async function PostPage({ params }: PageProps<'/berichten/[slug]'>) {
  const [post, shareLinks, site] = await Promise.all([
    loadPost((await params).slug),
    loadShareLinks(),
    loadSite(),
  ]);
  if (!post) notFound();
  const related = await listRelatedPosts(post);
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptSafeJson(blogPostingJsonLd(post, site, env.siteUrl)) }}
      />
      <Article post={post} shareLinks={shareLinks} canonicalUrl={`${env.siteUrl}/berichten/${post.slug}`} />
      <RelatedPosts posts={related} />
    </>
  );
}
