'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Page, PostSummary } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { PostCard } from './PostCard';
import { QueryProvider } from './QueryProvider';

async function fetchPostPage(page: number, signal: AbortSignal): Promise<Page<PostSummary>> {
  const response = await fetch(`/api/berichten?pagina=${page}`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

const noSubscription = () => () => {};

/** False in the server render and during hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * "Meer berichten": appends the next pages in place. Until JavaScript runs (or when it never
 * does) the server-rendered page links in `children` are the way on; deeper pages keep them, for
 * the way back to newer posts.
 */
export function LoadMorePosts(props: LoadMoreProps) {
  return (
    <QueryProvider>
      <PostPages {...props} />
    </QueryProvider>
  );
}

type LoadMoreProps = { page: number; pageCount: number; children: ReactNode };

function PostPages({ page, pageCount, children }: LoadMoreProps) {
  const hydrated = useHydrated();
  const [started, setStarted] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);
  const query = useInfiniteQuery({
    queryKey: ['berichten', page],
    queryFn: ({ pageParam, signal }) => fetchPostPage(pageParam, signal),
    initialPageParam: page + 1,
    getNextPageParam: (last) => (last.page < last.pageCount ? last.page + 1 : undefined),
    enabled: started,
  });
  const loaded = query.data?.pages.flatMap((result) => result.items) ?? [];
  const hasMore = query.data ? query.hasNextPage : page < pageCount;

  // Keyboard users continue at the first post that was added, not back at the button.
  useEffect(() => {
    if (focusFrom.current === null || loaded.length <= focusFrom.current) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.post-card__title a');
    links?.[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [loaded.length]);

  if (!hydrated || query.isError) {
    return (
      <>
        {query.isError ? (
          <p className="load-more__error" role="alert">
            {nl.posts.loadMoreFailed}
          </p>
        ) : null}
        {children}
      </>
    );
  }

  function loadMore() {
    focusFrom.current = loaded.length;
    if (!started) setStarted(true);
    else void query.fetchNextPage();
  }

  const busy = query.isFetching;
  const lastPage = query.data?.pages.at(-1);
  return (
    <>
      {loaded.length > 0 ? (
        <div className="post-list load-more__list" ref={list}>
          {loaded.map((post) => (
            <PostCard key={post.slug} post={post} />
          ))}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {busy ? nl.posts.loadingMore : lastPage ? nl.posts.loadedMore(lastPage.items.length) : ''}
      </p>
      {page > 1 ? children : null}
      {hasMore ? (
        <div className="load-more">
          <button
            type="button"
            className="button load-more__button"
            onClick={loadMore}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? nl.posts.loadingMore : nl.posts.loadMore}
          </button>
        </div>
      ) : null}
    </>
  );
}
