import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

// Resolved at run time from the installed package (hoisted or not); nothing is downloaded.
const resolveFrom = createRequire(path.join(process.cwd(), 'package.json'));
const FILES = [
  { file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
] as const;

let loading: Promise<CardFont[]> | null = null;

/** Source Serif 4 (regular and bold, Latin and Latin Extended), read once per process. */
export function cardFonts(): Promise<CardFont[]> {
  loading ??= Promise.all(
    FILES.map(async ({ file, weight }) => ({
      name: 'Source Serif 4',
      data: await readFile(resolveFrom.resolve(`@fontsource/source-serif-4/files/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  ).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
