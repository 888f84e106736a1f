import { createServer } from 'node:http';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { FetchRefused } from './fetch-refused';
import type { FetchLimits } from './policy';

/**
 * A real HTTP server on 127.0.0.1, for the tests only: ".test." in the file name keeps it out of the
 * build, ".helper" out of the test run.
 */
export type LocalServer = {
  port: number;
  origin: string;
  requests: IncomingMessage[];
  /** Resolves once the server side of a response has closed: the fetcher hung up or finished. */
  closed: Promise<void>[];
};

const running: { close: () => Promise<void> }[] = [];

export async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const requests: IncomingMessage[] = [];
  const closed: Promise<void>[] = [];
  const listener: RequestListener = (request, response) => {
    requests.push(request);
    closed.push(new Promise((resolve) => response.on('close', () => resolve())));
    handler(request, response);
  };
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const { port } = address;
  running.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  const local: LocalServer = { port, origin: `http://127.0.0.1:${port}`, requests, closed };
  return local;
}

export async function closeServers(): Promise<void> {
  await Promise.all(running.splice(0).map((server) => server.close()));
}

/** A deadline no passing test comes near; the tests of the deadline set their own. */
export const LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  allowPrivate: true,
};

/** The refusal's message; anything else (success, or an error of another kind) fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FetchRefused)) throw new Error(`expected a FetchRefused, got ${String(error)}`);
  return error.message;
}
