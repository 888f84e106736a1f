import type { Page, PostSummary } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { LoadMorePosts } from './LoadMorePosts';
import { Pagination } from './Pagination';
import { PostCard } from './PostCard';

export function PostList({
  page,
  basePath,
  headingLevel = 2,
  loadMore = false,
}: {
  page: Page<PostSummary>;
  basePath: string;
  headingLevel?: 2 | 3;
  /** With JavaScript, "Meer berichten" appends the next pages in place of the page links. */
  loadMore?: boolean;
}) {
  const pagination = <Pagination basePath={basePath} page={page.page} pageCount={page.pageCount} />;
  if (page.items.length === 0) {
    return <p className="empty">{nl.posts.none}</p>;
  }
  return (
    <>
      <div className="post-list">
        {page.items.map((post, index) => (
          <PostCard key={post.slug} post={post} headingLevel={headingLevel} priority={index === 0} />
        ))}
      </div>
      {loadMore ? (
        <LoadMorePosts page={page.page} pageCount={page.pageCount}>
          {pagination}
        </LoadMorePosts>
      ) : (
        pagination
      )}
    </>
  );
}
