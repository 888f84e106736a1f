import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchQuery } from './search';

const POST_SCHEMA = path.resolve(
  import.meta.dirname,
  '../../../../cms/src/api/post/content-types/post/schema.json',
);

describe('searchQuery', () => {
  it('asks only for fields the post schema defines', () => {
    const { attributes } = JSON.parse(fs.readFileSync(POST_SCHEMA, 'utf8')) as {
      attributes: Record<string, unknown>;
    };
    for (const field of searchQuery(['regen'], 1).fields) {
      expect(field === 'publishedAt' || field in attributes, field).toBe(true);
    }
    expect(Object.keys(searchQuery(['regen'], 1).populate).every((name) => name in attributes)).toBe(true);
  });

  it('sends the terms in one order, within the CMS limit of 100 characters', () => {
    expect(searchQuery(['water', 'regen'], 2)).toMatchObject({ q: 'regen water', page: '2' });
    const long = searchQuery(['a'.repeat(60), 'b'.repeat(60)], 1).q;
    expect(long).toBe('a'.repeat(60));
  });
});
