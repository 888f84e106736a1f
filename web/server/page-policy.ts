import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { chunkBytes } from './chunk-bytes';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

const isHtml = (contentType: unknown) => /^\s*text\/html\b/i.test(String(contentType ?? ''));

/**
 * Gives every HTML page a Content-Security-Policy made from its own bytes (`policyOf(html)`): a
 * page's inline scripts are only known once it is rendered, and the header must go before the
 * body. So an HTML answer is held until Next ends it (our pages are small and mostly served from
 * the cache, where nothing streams anyway), then sent whole with its policy. Every other answer
 * passes through as Next writes it, streaming included.
 */
export function withPagePolicy(
  policyOf: (html: string) => string,
  next: Handler,
  settle: SettleHtml = (_request, _response, body) => body,
): Handler {
  return (request, response) => {
    holdHtml(response, request.method === 'HEAD', (body) => {
      const settled = settle(request, response, body);
      response.setHeader('content-security-policy', policyOf(settled.toString('utf8')));
      return settled;
    });
    return next(request, response);
  };
}

/**
 * May change a whole HTML answer before its policy is made and it goes out: its status and
 * headers on `response`, its body by returning another.
 */
type SettleHtml = (request: IncomingMessage, response: ServerResponse, body: Buffer) => Buffer;

function holdHtml(response: ServerResponse, head: boolean, finish: (body: Buffer) => Buffer) {
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  const chunks: Buffer[] = [];
  let held: boolean | undefined;

  const restore = () => Object.assign(response, original);
  // Decided when Next first sends something: by then the content type is set.
  const holding = () => {
    if (held === undefined) {
      held = isHtml(response.getHeader('content-type'));
      if (!held) restore();
    }
    return held;
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    const bytes = chunkBytes(chunk, encoding);
    if (bytes) chunks.push(bytes);
  };
  const callbackOf = (...args: unknown[]) =>
    args.find((arg) => typeof arg === 'function') as (() => void) | undefined;

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (typeof rest[0] === 'string') response.statusMessage = rest[0];
    if (Array.isArray(headers)) {
      // Raw header pairs: rare, and not worth holding for.
      held = false;
      restore();
      return original.writeHead.call(response, status, ...(rest as [OutgoingHttpHeaders]));
    }
    for (const [name, value] of Object.entries((headers ?? {}) as OutgoingHttpHeaders)) {
      if (value !== undefined) response.setHeader(name, value);
    }
    if (holding()) return response;
    return original.writeHead.call(response, status);
  }) as ServerResponse['writeHead'];

  response.flushHeaders = () => {
    if (!holding()) original.flushHeaders.call(response);
  };

  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (!holding())
      return original.write.call(response, chunk as never, encoding as never, callback as never);
    keep(chunk, encoding);
    callbackOf(encoding, callback)?.();
    return true;
  }) as ServerResponse['write'];

  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (!holding()) return original.end.call(response, chunk as never, encoding as never, callback as never);
    keep(chunk, encoding);
    restore();
    const body = finish(Buffer.concat(chunks));
    if (!head && response.statusCode !== 304) response.setHeader('content-length', body.length);
    return original.end.call(
      response,
      head ? undefined : body,
      callbackOf(chunk, encoding, callback) as never,
    );
  }) as ServerResponse['end'];
}
