import { describe, expect, it } from 'vitest';
import { bearerToken, secretMatches } from './secret';

describe('the shared secret', () => {
  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('matches only the configured secret, and never an unset one', () => {
    expect(secretMatches('geheim-van-de-site', 'geheim-van-de-site')).toBe(true);
    expect(secretMatches('geheim-van-de-sitE', 'geheim-van-de-site')).toBe(false);
    expect(secretMatches('', '')).toBe(false);
    expect(secretMatches(null, 'geheim')).toBe(false);
  });
});
