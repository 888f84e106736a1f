import { afterEach, describe, expect, it } from 'vitest';
import { fetchRemote } from './index';
import { closeServers, LIMITS, refusal, serve } from './local-server.test.helper';
import { fetchRemoteWith } from './safe-fetch';

afterEach(closeServers);

describe('the deadline', () => {
  it('stops a server that never answers', async () => {
    const server = await serve(() => undefined);

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, timeoutMs: 100 }));

    expect(message).toBe(`Ophalen van 127.0.0.1:${server.port} duurde langer dan 0,1 s; afgebroken.`);
    expect(server.closed).toHaveLength(1);
    await server.closed[0];
  });

  it('covers the whole body, so a server that trickles bytes is stopped too', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200);
      // Never idle for long, never done: only a deadline for the whole download ends this.
      const trickle = setInterval(() => response.write('.'), 10);
      response.on('close', () => clearInterval(trickle));
    });

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, timeoutMs: 200 }));

    expect(message).toMatch(/duurde langer dan 0,2 s; afgebroken\.$/);
    expect(server.closed).toHaveLength(1);
    await server.closed[0];
  });

  it('covers the name lookup', async () => {
    const policy = { resolve: () => new Promise<never>(() => undefined), addressAllowed: () => true };

    const message = await refusal(
      fetchRemoteWith('http://traag.example/', { ...LIMITS, timeoutMs: 100 }, policy),
    );

    expect(message).toBe('Ophalen van traag.example duurde langer dan 0,1 s; afgebroken.');
  });
});

describe('the size cap', () => {
  it('refuses a declared length over maxBytes before reading the body', async () => {
    const server = await serve((_request, response) => {
      // Headers only: a fetcher that waited for the body would run into the deadline instead.
      response.writeHead(200, { 'content-length': '5000000' }).flushHeaders();
    });

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, maxBytes: 1_000_000 }));

    expect(message).toBe(`Bestand op 127.0.0.1:${server.port} is te groot (5 MB; maximaal 1 MB).`);
    expect(server.closed).toHaveLength(1);
    await server.closed[0];
  });

  it('stops reading an undeclared body once it passes maxBytes', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200);
      const flood = () => {
        if (!response.destroyed) response.write(Buffer.alloc(1024), flood);
      };
      flood();
    });

    const message = await refusal(fetchRemote(`${server.origin}/`, { ...LIMITS, maxBytes: 10_000 }));

    expect(message).toBe(`Bestand op 127.0.0.1:${server.port} is groter dan 10.000 bytes; afgebroken.`);
    expect(server.closed).toHaveLength(1);
    await server.closed[0];
  });

  it('lets a body of exactly maxBytes through', async () => {
    const server = await serve((_request, response) => response.end(Buffer.alloc(10_000)));

    const { bytes } = await fetchRemote(`${server.origin}/`, { ...LIMITS, maxBytes: 10_000 });

    expect(bytes).toHaveLength(10_000);
  });
});
