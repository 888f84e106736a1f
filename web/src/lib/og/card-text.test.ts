import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';

describe('cardText', () => {
  it('keeps Dutch letters, quotes and dashes', () => {
    expect(cardText('Geïnformeerd over “de begroting” – ’s avonds… €12')).toBe(
      'Geïnformeerd over “de begroting” – ’s avonds… €12',
    );
  });

  it('drops what the bundled fonts cannot draw, so nothing is fetched', () => {
    expect(cardText('Feest 🎉 in 北京 ✓ vandaag')).toBe('Feest in vandaag');
  });

  it('collapses whitespace and line breaks', () => {
    expect(cardText('  Twee\n\tregels  ')).toBe('Twee regels');
  });

  it('shortens long text at a word boundary', () => {
    const text = cardText('woord '.repeat(40), 30);
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text).toMatch(/woord…$/);
  });

  it('does not leave a full stop before the ellipsis', () => {
    expect(cardText('Een zin. En nog een hele lange zin die niet past', 12)).toBe('Een zin…');
  });

  it('composes decomposed accents first', () => {
    expect(cardText('gei\u0308nformeerd')).toBe('geïnformeerd');
  });
});
