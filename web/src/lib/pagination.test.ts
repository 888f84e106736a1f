import { expect, it } from 'vitest';
import { pageHref, parsePageParam } from './pagination';

it('reads ?pagina=', () => {
  expect(parsePageParam(undefined)).toBe(1);
  expect(parsePageParam('1')).toBe(1);
  expect(parsePageParam('12')).toBe(12);
});

it.each(['0', '-1', '1.5', 'abc', '', '01', '2e3', '99999999999', ' 2'])('refuses %j', (raw) => {
  expect(parsePageParam(raw)).toBeNull();
});

it('refuses a repeated parameter', () => {
  expect(parsePageParam(['1', '2'])).toBeNull();
});

it('links page 1 without a parameter', () => {
  expect(pageHref('/labels/wonen', 1)).toBe('/labels/wonen');
  expect(pageHref('/labels/wonen', 3)).toBe('/labels/wonen?pagina=3');
});
