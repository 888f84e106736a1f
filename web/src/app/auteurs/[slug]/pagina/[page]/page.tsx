import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Avatar } from '@/components/Avatar';
import { PostList } from '@/components/PostList';
import { listPosts } from '@/lib/cms';
import { env } from '@/env';
import { feedAlternates } from '@/lib/feed-links';
import { nl } from '@/lib/i18n/nl';
import { loadAuthor, loadSite } from '@/lib/loaders';
import { authorShareImage } from '@/lib/og/sources';
import { pageSocialMetadata } from '@/lib/social';
import { pageHref, parsePageParam } from '@/lib/pagination';

// Rendered on the first visit, then served from the page cache until the CMS says otherwise.
export const generateStaticParams = () => [];

export async function generateMetadata({
  params,
}: PageProps<'/auteurs/[slug]/pagina/[page]'>): Promise<Metadata> {
  const [author, site] = await Promise.all([loadAuthor((await params).slug), loadSite()]);
  if (!author) return {};
  return {
    ...pageSocialMetadata({
      type: 'profile',
      path: `/auteurs/${author.slug}`,
      title: author.name,
      description: author.bio,
      image: authorShareImage(author, site),
      site,
      siteUrl: env.siteUrl,
    }),
    title: author.name,
    description: author.bio ?? undefined,
    alternates: {
      canonical: pageHref(`/auteurs/${author.slug}`, parsePageParam((await params).page) ?? 1),
      types: feedAlternates([{ path: `/auteurs/${author.slug}/feed.xml`, title: author.name }]),
    },
  };
}

export default async function AuthorPage({ params }: PageProps<'/auteurs/[slug]/pagina/[page]'>) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const author = await loadAuthor(slug);
  if (!author || page === null) notFound();
  const posts = await listPosts({ page, authorSlug: author.slug });
  if (page > 1 && page > posts.pageCount) notFound();
  return (
    <>
      <header className="profile">
        <Avatar author={author} size={112} />
        <div>
          <h1>{author.name}</h1>
          {author.role ? <p className="profile__role">{author.role}</p> : null}
          {author.bio ? <p className="profile__bio">{author.bio}</p> : null}
        </div>
      </header>
      <section className="listing" aria-labelledby="listing-title">
        <h2 id="listing-title" className="listing__subtitle">
          {nl.author.postsBy(author.name)}
        </h2>
        <PostList page={posts} basePath={`/auteurs/${author.slug}`} headingLevel={3} />
      </section>
    </>
  );
}
