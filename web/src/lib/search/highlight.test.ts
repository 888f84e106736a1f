import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { fragmentAround, snippetFor } from './snippet';

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight', () => {
  it('marks the original text where the normalised term matches', () => {
    expect(marked('Bewoners worden Geïnformeerd.', ['geinformeerd'])).toBe('Bewoners worden [Geïnformeerd].');
  });

  it('keeps a decomposed accent inside the mark', () => {
    expect(marked('gei\u0308nformeerd!', ['geinformeerd'])).toBe('[gei\u0308nformeerd]!');
  });

  it('maps a ligature back to its one character, whole', () => {
    expect(marked('het ĳsje', ['ijs'])).toBe('het [ĳs]je');
    expect(marked('het ĳsje', ['js'])).toBe('het [ĳs]je');
  });

  it('marks every occurrence of every term, merging overlaps', () => {
    expect(marked('Regenwater en regen', ['regen', 'water', 'genw'])).toBe('[Regenwater] en [regen]');
  });

  it('returns the text as one plain segment without a match', () => {
    expect(highlight('Niets hier', ['regen'])).toEqual([{ text: 'Niets hier', match: false }]);
    expect(highlight('', ['regen'])).toEqual([{ text: '', match: false }]);
  });

  it('never loses or reorders text', () => {
    const text = 'Één café, twee cafés — ideeën?';
    expect(
      highlight(text, ['cafe', 'ideeen', 'een'])
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });
});

describe('snippets', () => {
  const body = `${'Eerst een lange inleiding over iets anders. '.repeat(6)}Hoe worden de mensen geïnformeerd en opgevangen? ${'Daarna volgt nog meer tekst. '.repeat(10)}`;

  it('cuts the body around the first match, at word boundaries', () => {
    const fragment = fragmentAround(body, ['geinformeerd']) ?? '';

    expect(fragment).toMatch(/^….*geïnformeerd.*…$/);
    expect(fragment.length).toBeLessThanOrEqual(202);
    const inner = fragment.slice(1, -1);
    expect(body.charAt(body.indexOf(inner) - 1)).toBe(' ');
    expect(body.charAt(body.indexOf(inner) + inner.length)).toBe(' ');
  });

  it('shows the excerpt when it matches, else the matching body, else the excerpt', () => {
    expect(snippetFor({ excerpt: 'Over de regen.', body }, ['regen'])).toBe('Over de regen.');
    expect(snippetFor({ excerpt: 'Over wonen.', body }, ['geinformeerd'])).toContain('geïnformeerd');
    expect(snippetFor({ excerpt: 'Over wonen.', body }, ['titelwoord'])).toBe('Over wonen.');
  });
});
