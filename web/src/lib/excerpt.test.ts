import { expect, it } from 'vitest';
import { excerptFrom } from './excerpt';

it('keeps short text as it is', () => {
  expect(excerptFrom('  Korte   tekst. ')).toBe('Korte tekst.');
});

it('cuts long text at a word boundary and adds an ellipsis', () => {
  const text = 'De gemeenteraad sprak vanavond over de begroting. '.repeat(10);
  const excerpt = excerptFrom(text, 80);
  expect(excerpt.length).toBeLessThanOrEqual(81);
  expect(excerpt.endsWith('…')).toBe(true);
  expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
  expect(excerpt).not.toMatch(/\s…$/);
});
