import { describe, expect, it } from 'vitest';
import { readBodyWithin } from './read-body';

describe('readBodyWithin', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('https://fractie.example.nl/api/deel', { method: 'POST', body, headers });

  it('reads a small body', async () => {
    expect(await readBodyWithin(post('{"a":1}'), 16)).toBe('{"a":1}');
  });

  it('stops at the limit, counting bytes, not characters', async () => {
    expect(await readBodyWithin(post('x'.repeat(17)), 16)).toBeNull();
    expect(await readBodyWithin(post('ë'.repeat(9)), 16)).toBeNull();
  });

  it('believes a Content-Length that is too big without reading', async () => {
    expect(await readBodyWithin(post('{}', { 'content-length': '100000' }), 16)).toBeNull();
  });
});
