import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { listPosts } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { parsePageParam } from '@/lib/pagination';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const page = parsePageParam((await searchParams).pagina);
  if (page === null) notFound();
  const posts = await listPosts({ page });
  if (page > 1 && page > posts.pageCount) notFound();
  return (
    <section className="listing" aria-labelledby="listing-title">
      <h1 id="listing-title" className="listing__title">
        {nl.posts.latest}
      </h1>
      <PostList page={posts} basePath="/" />
    </section>
  );
}
