import type { SourceEvent, SourceFormat } from '../source';
import { readBlogger } from './blogger';
import { checkFormat, detectFormat } from './detect-format';
import { readFeed } from './feed';
import { readGhost } from './ghost';
import { readWxr } from './wxr';

export { detectFormat };

const READERS: Record<SourceFormat, (file: string) => AsyncGenerator<SourceEvent>> = {
  wxr: readWxr,
  blogger: readBlogger,
  ghost: readGhost,
  feed: readFeed,
};

/**
 * The export as one stream of events, starting with a SourceSite. Each reader reads the file through
 * once before its first event, so an unreadable file throws an ImportError (in Dutch) before anything
 * could be written; after that, memory holds one entry at a time.
 */
export async function* readExport(
  file: string,
  options: { format?: SourceFormat } = {},
): AsyncGenerator<SourceEvent> {
  const format = options.format ?? (await detectFormat(file));
  if (options.format) await checkFormat(file, options.format);
  yield* READERS[format](file);
}
