import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../..');
const IMPORT = /^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm;

/** The site's own modules `file` imports, as files (`@/…` and relative paths; not types). */
function localImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].flatMap(([, specifier = '']) => {
    const base = specifier.startsWith('@/')
      ? path.join(SRC, specifier.slice(2))
      : specifier.startsWith('.')
        ? path.resolve(path.dirname(file), specifier)
        : null;
    if (!base) return [];
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((ending) => base + ending)
      .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** Every client component the page and its layout bring in, however deep. */
function clientComponents(entries: string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...localImports(file));
  }
  return [...seen]
    .filter((file) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file))
    .sort();
}

describe('the article page, sent without React (lib/static-document.ts)', () => {
  it('has no client component that needs the browser: those it has only render markup', () => {
    const entries = ['app/berichten/[slug]/page.tsx', 'app/layout.tsx'].map((file) => path.join(SRC, file));

    // RichText: Strapi's renderer is a client component, but blocks are markup, nothing to run.
    // PreviewBanner: its path is known when it is rendered; its link needs no script.
    // A new name here must work with JavaScript off, or the article must stop being static.
    expect(clientComponents(entries)).toEqual([
      'components/PreviewBanner.tsx',
      'components/blocks/RichText.tsx',
    ]);
  });
});
