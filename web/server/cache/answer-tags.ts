import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The cache tags of the page a request is answered with, as the cache handler sees them while
 * Next reads or writes that page: the server keeps the page in memory under these tags, so that a
 * change forgets only the pages it touches.
 */
const answers = new AsyncLocalStorage<Set<string>>();

/** Runs `answer`, collecting into `tags` the cache tags of every page Next reads or writes for it. */
export function collectAnswerTags<T>(tags: Set<string>, answer: () => T): T {
  return answers.run(tags, answer);
}

export function noteAnswerTags(tags: Iterable<string>): void {
  const collected = answers.getStore();
  if (!collected) return;
  for (const tag of tags) collected.add(tag);
}
