/**
 * What an anonymous request may not ask of the content API, as a Dutch reason, or null when the
 * query is fine. Strapi 5 lets the Public role choose drafts through query parameters, and a
 * filter across the `posts` relation joins draft rows as well as published ones, so anyone could
 * read a draft one yes/no guess at a time (`/api/authors?filters[posts][title][$startsWith]=…`).
 */
const DRAFT_PARAMS = ['status', 'publicationState', 'hasPublishedVersion', 'publicationFilter'];

function mentionsPosts(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, nested]) => key === 'posts' || mentionsPosts(nested, depth + 1));
}

/** A `filters` object anywhere in a populate tree that crosses into posts. */
function populateFiltersMentionPosts(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, nested]) =>
    key === 'filters' ? mentionsPosts(nested) : populateFiltersMentionPosts(nested, depth + 1),
  );
}

export function anonymousQueryProblem(query: Record<string, unknown>): string | null {
  const asksForDrafts = DRAFT_PARAMS.some(
    (name) => name in query && !(name === 'status' && query[name] === 'published'),
  );
  if (asksForDrafts) return 'Concepten zijn alleen met een API-token te lezen.';
  if (mentionsPosts(query.filters) || populateFiltersMentionPosts(query.populate)) {
    return 'Filteren via de relatie met berichten kan alleen met een API-token.';
  }
  return null;
}
