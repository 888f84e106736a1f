import type { LossNote } from './blocks';

const SNIPPET_LENGTH = 120;

/** A piece of the source short enough to quote in a note. */
export function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SNIPPET_LENGTH ? flat : `${flat.slice(0, SNIPPET_LENGTH - 1)}…`;
}

/** The same loss twice in one post (a page builder's wrapper on every section) is one line in the report. */
export function distinctNotes(notes: LossNote[]): LossNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.what}\u0000${note.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
