import { describe, expect, it } from 'vitest';
import { isWellFormedSort } from './well-formed-sort';

describe('isWellFormedSort', () => {
  it('accepts field paths with directions, lists and the object form', () => {
    for (const sort of [
      undefined,
      'title',
      'publicationDate:desc',
      'author.name:ASC',
      'title:asc,slug:desc',
      ['publicationDate:desc', 'publishedAt:desc'],
      { title: 'asc' },
      { author: { name: 'desc' } },
    ]) {
      expect(isWellFormedSort(sort), JSON.stringify(sort)).toBe(true);
    }
  });

  it('refuses what Strapi would answer with a 500, and anything that is not a field path', () => {
    for (const sort of [
      '..\\..\\windows',
      '../../etc/passwd',
      'a..b',
      '.title',
      'title:sideways',
      '',
      { 'a.b': 'up' },
      5,
    ]) {
      expect(isWellFormedSort(sort), JSON.stringify(sort)).toBe(false);
    }
  });
});
