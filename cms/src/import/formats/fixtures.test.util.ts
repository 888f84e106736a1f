import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceEvent, SourceFormat, SourcePost, SourceSkipped } from '../source';
import { readExport } from './index';

/** Shared by the readers' tests: the fixture exports and small files written for one case. */

export const fixture = (name: string): string => path.join(__dirname, '../../../test/import-fixtures', name);

export async function readAll(file: string, format?: SourceFormat): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const event of readExport(file, format ? { format } : {})) events.push(event);
  return events;
}

export const postsOf = (events: SourceEvent[]): SourcePost[] =>
  events.filter((event): event is SourcePost => event.kind === 'post');

export const skippedOf = (events: SourceEvent[]): SourceSkipped[] =>
  events.filter((event): event is SourceSkipped => event.kind === 'skipped');

export function postTitled(events: SourceEvent[], title: string): SourcePost {
  const post = postsOf(events).find((candidate) => candidate.title === title);
  if (!post)
    throw new Error(
      `no post titled ${title}: ${postsOf(events)
        .map((p) => p.title)
        .join(', ')}`,
    );
  return post;
}

export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'import-formats-'));
  const file = path.join(directory, name);
  await writeFile(file, content);
  return file;
}
