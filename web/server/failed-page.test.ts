import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { unavailableInsteadOfFailure } from './failed-page';
import { withPagePolicy } from './page-policy';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A stand-in for Next answering with `send`, behind the policy layer as the site's server has it. */
async function start(send: (response: ServerResponse) => void) {
  const server = createServer(
    withPagePolicy(
      (html) => `policy-of-${html.length}-bytes`,
      (_request, response) => send(response),
      unavailableInsteadOfFailure,
    ),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const html = (status: number, body: string) => (response: ServerResponse) => {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 's-maxage=31536000',
  });
  response.end(body);
};

it('a page Next failed to make is the Dutch 503, to come back to, with a policy of its own', async () => {
  const url = await start(html(500, '<html><body>Internal Server Error</body></html>'));

  const response = await fetch(`${url}/labels/werkbezoeken`);
  const body = await response.text();

  expect(response.status).toBe(503);
  expect(body).toContain('Even niet beschikbaar');
  expect(body).not.toContain('Internal Server Error');
  expect(response.headers.get('retry-after')).toBe('30');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-security-policy')).toBe(`policy-of-${Buffer.byteLength(body)}-bytes`);
  expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
});

it('leaves pages, a 404 and answers to other methods as Next made them', async () => {
  expect((await fetch(await start(html(200, '<p>Werkbezoek</p>')))).status).toBe(200);
  const missing = await fetch(await start(html(404, '<p>Pagina niet gevonden</p>')));
  expect([missing.status, await missing.text()]).toEqual([404, '<p>Pagina niet gevonden</p>']);
  const posted = await fetch(await start(html(500, '<p>Fout</p>')), { method: 'POST' });
  expect([posted.status, await posted.text()]).toEqual([500, '<p>Fout</p>']);
});
