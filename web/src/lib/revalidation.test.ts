import { expect, it } from 'vitest';
import { revalidationRequest } from './revalidation';

it('accepts the tags the CMS sends, without duplicates', () => {
  const parsed = revalidationRequest.parse({
    tags: [
      'posts',
      'post:werkbezoek-leger-des-heils',
      'label:wonen',
      'author:henrike-nijman',
      'share-links',
      'site',
      'posts',
    ],
  });
  expect(parsed.tags).toEqual([
    'posts',
    'post:werkbezoek-leger-des-heils',
    'label:wonen',
    'author:henrike-nijman',
    'share-links',
    'site',
  ]);
});

it.each([
  {},
  { tags: [] },
  { tags: 'posts' },
  { tags: ['post:'] },
  { tags: ['post:Hoofdletters'] },
  { tags: ['/berichten/x'] },
  { tags: ['posts'], extra: true },
  { tags: Array.from({ length: 501 }, (_, i) => `post:p${i}`) },
])('refuses %j', (body) => {
  expect(revalidationRequest.safeParse(body).success).toBe(false);
});
