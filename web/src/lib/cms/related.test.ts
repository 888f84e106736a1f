import { expect, it } from 'vitest';
import { testPost } from '../test-fixtures';
import { rankRelated } from './related';
import type { PostSummary } from './types';

const label = (slug: string) => ({ name: slug, slug, description: null });
const summary = (slug: string, labels: string[]): PostSummary => ({
  ...testPost,
  slug,
  labels: labels.map(label),
});

it('puts posts sharing the most labels first, newest first among equals', () => {
  const post = { slug: 'hier', labels: [label('zorg'), label('wonen')] };
  const candidates = [
    summary('a', ['zorg']),
    summary('b', ['zorg', 'wonen']),
    summary('c', []),
    summary('d', ['wonen']),
  ];
  expect(rankRelated(post, candidates, 3).map((p) => p.slug)).toEqual(['b', 'a', 'd']);
});

it('never lists the post itself or a post twice, and tops up with what is left', () => {
  const post = { slug: 'hier', labels: [label('zorg')] };
  const candidates = [
    summary('a', ['zorg']),
    summary('hier', ['zorg']),
    summary('a', ['zorg']),
    summary('n', []),
  ];
  expect(rankRelated(post, candidates, 3).map((p) => p.slug)).toEqual(['a', 'n']);
});
