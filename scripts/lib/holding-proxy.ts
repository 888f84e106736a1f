import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Hold = {
  /** Resolves once the server behind has answered the held request; the client has not yet. */
  answered: Promise<void>;
  /** Lets the held answer go on to the client. */
  release: () => void;
};

export type HoldingProxy = {
  url: string;
  /**
   * Holds back the answer to the next request whose path and query match: the server answers at
   * once, the client gets that answer only on `release()`. A slow network, on demand.
   */
  holdNext: (match: (pathAndQuery: string) => boolean) => Hold;
  close: () => Promise<void>;
};

/** An HTTP proxy in front of a server (the CMS, in the tests) that can delay one answer. */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  let armed: {
    match: (pathAndQuery: string) => boolean;
    answered: () => void;
    released: Promise<void>;
  } | null = null;
  const server = http.createServer((request, response) => {
    const pathAndQuery = request.url ?? '/';
    const hold = armed?.match(decodeURIComponent(pathAndQuery)) ? armed : null;
    if (hold) armed = null;
    const upstream = http.request(
      new URL(pathAndQuery, target),
      { method: request.method, headers: { ...request.headers, host: new URL(target).host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          hold?.answered();
          void (hold?.released ?? Promise.resolve()).then(() => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(Buffer.concat(chunks));
          });
        });
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    holdNext: (match) => {
      let answered = () => undefined as void;
      let release = () => undefined as void;
      const hold = {
        match,
        answered: () => answered(),
        released: new Promise<void>((resolve) => (release = resolve)),
      };
      armed = hold;
      return { answered: new Promise<void>((resolve) => (answered = resolve)), release: () => release() };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
