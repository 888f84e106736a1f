import { describe, expect, it } from 'vitest';
import { freeSlug, slugFrom } from './slugs';

describe('slugFrom', () => {
  it('makes a valid slug of an old slug that was not one, else of the title', () => {
    expect(slugFrom('Motie: Ja!', 'x')).toBe('motie-ja');
    expect(slugFrom(undefined, 'Henrike geïnformeerd over de Stationsweg')).toBe(
      'henrike-geinformeerd-over-de-stationsweg',
    );
    expect(slugFrom('', '!!!')).toBe('bericht');
  });

  it('keeps slugs within 200 characters, without a hyphen at the end', () => {
    const slug = slugFrom(`${'a'.repeat(199)} b`, 'x');
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('freeSlug', () => {
  it('numbers a slug that is taken', async () => {
    const taken = new Set(['motie', 'motie-2']);
    expect(await freeSlug('motie', async (slug) => taken.has(slug))).toBe('motie-3');
    expect(await freeSlug('begroting', async (slug) => taken.has(slug))).toBe('begroting');
  });
});
