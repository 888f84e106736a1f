import { expect, it } from 'vitest';
import { nl } from './i18n/nl';
import { readingMinutes } from './reading-time';

it('counts words, not punctuation, at about 220 a minute, and never less than a minute', () => {
  expect(readingMinutes('')).toBe(1);
  expect(readingMinutes('Kort bericht – met een streepje.')).toBe(1);
  expect(readingMinutes('woord '.repeat(880))).toBe(4);
  expect(readingMinutes('woord '.repeat(990))).toBe(5);
  expect(readingMinutes(`${'woord '.repeat(440)}${'— '.repeat(500)}`)).toBe(2);
});

it('reads as "4 min leestijd"', () => {
  expect(nl.posts.readingTime(4)).toBe('4 min leestijd');
});
