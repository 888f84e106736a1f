import { PostCard } from '@/components/PostCard';
import type { PostSummary } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';

/** "Lees ook": up to three other posts under the article. */
export function RelatedPosts({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{nl.posts.related}</h2>
      <div className="related__list">
        {posts.map((post) => (
          <PostCard key={post.slug} post={post} headingLevel={3} />
        ))}
      </div>
    </section>
  );
}
