import { afterEach, describe, expect, it } from 'vitest';
import { fetchRemote } from './index';
import { closeServers, LIMITS, refusal, serve } from './local-server.test.helper';
import { fetchRemoteWith } from './safe-fetch';

afterEach(closeServers);

describe('redirects', () => {
  it('are followed, relative ones too, and the final address is reported', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/oud.jpg') response.writeHead(301, { location: '/nieuw.jpg' }).end();
      else response.end(request.url);
    });

    const result = await fetchRemote(`${server.origin}/oud.jpg`, LIMITS);

    expect(result.bytes.toString()).toBe('/nieuw.jpg');
    expect(result.finalUrl).toBe(`${server.origin}/nieuw.jpg`);
  });

  it('get the address check again on every hop', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(302, { location: `http://127.0.0.2:${server.port}/` }).end();
    });
    // 127.0.0.1 stands in for a public host here; 127.0.0.2 for an internal one.
    const policy = { resolve: async () => [], addressAllowed: (ip: string) => ip === '127.0.0.1' };

    const message = await refusal(fetchRemoteWith(`${server.origin}/`, LIMITS, policy));

    expect(message).toBe('Adres op een intern netwerk (127.0.0.2) geweigerd.');
  });

  it('to another scheme are refused', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(307, { location: 'file:///etc/passwd' }).end();
    });

    expect(await refusal(fetchRemote(`${server.origin}/`, LIMITS))).toBe(
      'Alleen http- en https-adressen worden opgehaald, geen file-adressen.',
    );
  });

  it('stop after maxRedirects', async () => {
    const server = await serve((request, response) => {
      response.writeHead(302, { location: `${request.url ?? ''}x` }).end();
    });

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, maxRedirects: 3 }));

    expect(message).toBe(`Te veel doorverwijzingen vanaf 127.0.0.1:${server.port} (maximaal 3).`);
    expect(server.requests.map((request) => request.url)).toEqual(['/', '/x', '/xx', '/xxx']);
  });

  it('are not followed at all with maxRedirects 0', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/') response.writeHead(308, { location: '/daar' }).end();
      else response.end('daar');
    });

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, maxRedirects: 0 }));

    expect(message).toMatch(/^Te veel doorverwijzingen/);
    expect(server.requests).toHaveLength(1);
  });
});
