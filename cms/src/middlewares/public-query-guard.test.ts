import { describe, expect, it } from 'vitest';
import { anonymousQueryProblem } from './public-query-guard';

describe('anonymousQueryProblem', () => {
  it.each([
    {},
    { status: 'published' },
    { filters: { slug: { $eq: 'x' } } },
    { populate: { posts: { fields: ['title'] } } },
    { populate: { author: { filters: { slug: { $eq: 'x' } } } } },
  ])('lets %j through', (query) => {
    expect(anonymousQueryProblem(query)).toBeNull();
  });

  it.each([
    { status: 'draft' },
    { status: ['draft'] },
    { status: 'DRAFT' },
    { publicationState: 'preview' },
    { hasPublishedVersion: 'false' },
    { publicationFilter: 'modified' },
    { filters: { posts: { slug: { $eq: 'concept' } } } },
    { filters: { $or: [{ name: 'x' }, { posts: { title: { $startsWith: 'C' } } }] } },
    { filters: { author: { posts: { slug: { $eq: 'concept' } } } } },
    { populate: { labels: { filters: { posts: { title: { $containsi: 'geheim' } } } } } },
  ])('refuses %j', (query) => {
    expect(anonymousQueryProblem(query)).not.toBeNull();
  });
});
