import { createServer } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchRemote } from './index';
import { closeServers, LIMITS, refusal, serve } from './local-server.test.helper';
import { fetchRemoteWith } from './safe-fetch';

afterEach(closeServers);

describe('fetchRemote', () => {
  it('downloads a body from a port other than 80 or 443', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
    });

    const result = await fetchRemote(`${server.origin}/feed?x=1`, LIMITS);

    expect(result.bytes.toString()).toBe('<rss/>');
    expect(result.contentType).toBe('application/rss+xml');
    expect(result.finalUrl).toBe(`${server.origin}/feed?x=1`);
  });

  it('refuses a loopback address unless the tests ask for it', async () => {
    const server = await serve((_request, response) => response.end('geheim'));
    const limits = { ...LIMITS, allowPrivate: undefined };

    expect(await refusal(fetchRemote(`${server.origin}/`, limits))).toBe(
      'Adres op een intern netwerk (127.0.0.1) geweigerd.',
    );
    expect(await refusal(fetchRemote(`http://localhost:${server.port}/`, limits))).toMatch(
      /^localhost wijst naar een adres op een intern netwerk \((127\.0\.0\.1|::1)\); geweigerd\.$/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an address with credentials, without repeating them', async () => {
    const server = await serve((_request, response) => response.end());

    const message = await refusal(fetchRemote(`http://beheer:wachtwoord@127.0.0.1:${server.port}/`, LIMITS));

    expect(message).toBe(`Adres met inloggegevens voor 127.0.0.1:${server.port} geweigerd.`);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an error status, naming the host but not the path or query', async () => {
    const server = await serve((_request, response) => response.writeHead(404).end());

    const message = await refusal(fetchRemote(`${server.origin}/foto.jpg?token=geheim`, LIMITS));

    expect(message).toBe(`127.0.0.1:${server.port} antwoordde met HTTP 404.`);
  });

  it('says when nothing listens', async () => {
    const server = await serve(() => undefined);
    await closeServers();

    expect(await refusal(fetchRemote(`${server.origin}/`, LIMITS))).toBe(
      `127.0.0.1:${server.port} weigert de verbinding.`,
    );
  });

  it('refuses a compressed body, whose size the cap could not measure', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip' }).end('x');
    });

    expect(await refusal(fetchRemote(`${server.origin}/`, LIMITS))).toBe(
      `127.0.0.1:${server.port} stuurde een gecomprimeerd antwoord (gzip); niet ingelezen.`,
    );
  });

  it('says when the server breaks off the body', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('tien bytes', () => response.destroy());
    });

    expect(await refusal(fetchRemote(`${server.origin}/`, LIMITS))).toBe(
      `127.0.0.1:${server.port} brak het downloaden halverwege af.`,
    );
  });
});

describe('the address actually connected to', () => {
  it('is the one checked, with no second lookup that a rebinding could answer', async () => {
    const server = await serve((request, response) => response.end(request.headers.host));
    const resolved: string[] = [];
    const policy = {
      // A rebinding name: public-looking first, internal on every later lookup.
      resolve: async () => {
        const address = resolved.length === 0 ? '127.0.0.1' : '127.0.0.2';
        resolved.push(address);
        return [{ address, family: 4 }];
      },
      addressAllowed: (ip: string) => ip === '127.0.0.1',
    };

    const result = await fetchRemoteWith(`http://fotos.example:${server.port}/`, LIMITS, policy);

    expect(result.bytes.toString()).toBe(`fotos.example:${server.port}`);
    expect(resolved).toEqual(['127.0.0.1']);
  });

  it('is greeted over TLS with the name, so SNI and the certificate check use it', async () => {
    const names: string[] = [];
    // No certificate at all: the handshake fails right after the server has read the SNI.
    const server = createServer({
      SNICallback: (name, callback) => {
        names.push(name);
        callback(new Error('geen certificaat'));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const policy = { resolve: async () => [{ address: '127.0.0.1', family: 4 }], addressAllowed: () => true };

    const message = await refusal(fetchRemoteWith(`https://fotos.example:${port}/`, LIMITS, policy));
    server.close();

    expect(names).toEqual(['fotos.example']);
    expect(message).toMatch(new RegExp(`^(Verbinding met )?fotos\\.example:${port} `));
  });
});
