import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The baseline: a minimal HTTP server sending fixed bytes, the cheapest a page can be served by
 * Node on this machine. The site's cached page is reported as a ratio to it.
 */
export async function serveBytes(
  body: Buffer,
  contentType: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const headers = { 'Content-Type': contentType, 'Content-Length': String(body.length) };
  const server = http.createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
