import { expect, it } from 'vitest';
import { bearerToken, secretMatches } from './secret';

it('matches only the configured secret', () => {
  expect(secretMatches('geheim-geheim-geheim', 'geheim-geheim-geheim')).toBe(true);
  expect(secretMatches('geheim-geheim-geheiM', 'geheim-geheim-geheim')).toBe(false);
  expect(secretMatches('', 'geheim-geheim-geheim')).toBe(false);
});

it('never matches when no secret is configured', () => {
  expect(secretMatches('', undefined)).toBe(false);
  expect(secretMatches('iets', undefined)).toBe(false);
});

it('reads a bearer token', () => {
  expect(bearerToken('Bearer abc.def')).toBe('abc.def');
  expect(bearerToken('bearer abc')).toBe('abc');
  expect(bearerToken('Basic abc')).toBeNull();
  expect(bearerToken('Bearer a b')).toBeNull();
  expect(bearerToken(null)).toBeNull();
});
