import { expect, it } from 'vitest';
import { contentHash } from './content-hash';

it('hashes equal data equally, whatever the order of its keys, and other data otherwise', () => {
  expect(contentHash({ a: 1, b: [{ c: 'x', d: null }] })).toBe(
    contentHash({ b: [{ d: null, c: 'x' }], a: 1 }),
  );
  expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  expect(contentHash({ a: 1, b: undefined })).toBe(contentHash({ a: 1 }));
});
