// A common figure for adults reading Dutch on a screen; the estimate only needs to be about right.
const WORDS_PER_MINUTE = 220;

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
