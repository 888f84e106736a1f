import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectAnswerTags } from './cache/answer-tags';
import { isShareablePage, pageKey } from './cacheable';
import { chunkBytes } from './chunk-bytes';
import type { PageStore, StoredPage } from './page-store';

// Headers that describe one transfer rather than the page; the stored answer gets its own.
const PER_ANSWER_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * Serves pages that Next already has in its page cache straight from memory, without running
 * Next's routing, proxy and cache lookup for every reader; everything else goes to Next, whose
 * cacheable answers are kept on the way out, under the cache tags Next made them from.
 */
export function serveFromMemory(store: PageStore, next: Handler): Handler {
  return (request, response) => {
    const key = pageKey(request.method, request.url, request.headers);
    if (key === null) return next(request, response);
    const stored = store.get(key);
    if (stored) {
      response.writeHead(stored.status, stored.headers);
      response.end(request.method === 'HEAD' ? undefined : stored.body);
      return;
    }
    if (request.method !== 'GET') return next(request, response);
    const generation = store.generation;
    const tags = new Set<string>();
    // Before Next runs: compression wraps the response then, and pages are kept compressed.
    keepAnswer(response, (page) => store.set(key, { ...page, tags: [...tags] }, generation));
    return collectAnswerTags(tags, () => next(request, response));
  };
}

/** Copies what Next writes, and hands it over once the answer is complete and may be shared. */
function keepAnswer(response: ServerResponse, keep: (page: Omit<StoredPage, 'tags'>) => void) {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const copy = (chunk: unknown, encoding: unknown) => {
    const bytes = chunkBytes(chunk, encoding);
    if (bytes) chunks.push(bytes);
  };
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    copy(chunk, encoding);
    return write(chunk as never, encoding as never, callback as never);
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    copy(chunk, encoding);
    return end(chunk as never, encoding as never, callback as never);
  }) as ServerResponse['end'];
  response.once('finish', () => {
    const headers = response.getHeaders();
    if (!isShareablePage(response.statusCode, headers)) return;
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || PER_ANSWER_HEADERS.has(name)) continue;
      kept[name] = typeof value === 'number' ? String(value) : value;
    }
    const body = Buffer.concat(chunks);
    // The answer's headers are settled here once, not on every hit.
    kept['content-length'] = String(body.length);
    kept['x-page-cache'] = 'memory';
    keep({ status: response.statusCode, headers: kept, body, storedAt: Date.now() });
  });
}
