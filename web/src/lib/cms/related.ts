import type { Post, PostSummary } from './types';

/**
 * Orders candidates by how many labels they share with `post`, keeping their order (newest
 * first) among equals; drops the post itself and duplicates.
 */
export function rankRelated(
  post: Pick<Post, 'slug' | 'labels'>,
  candidates: PostSummary[],
  limit: number,
): PostSummary[] {
  const own = new Set(post.labels.map((label) => label.slug));
  const seen = new Set([post.slug]);
  const unique = candidates.filter((candidate) => !seen.has(candidate.slug) && seen.add(candidate.slug));
  const shared = (candidate: PostSummary) => candidate.labels.filter((label) => own.has(label.slug)).length;
  return unique
    .map((candidate, index) => ({ candidate, index, shared: shared(candidate) }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
