import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PageStore } from './page-store';
import { serveFromMemory } from './serve-from-memory';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A stand-in for Next: answers like a cached page (or a render), in two writes, and counts its calls. */
async function start(answer: { cache: string; gzip?: boolean }) {
  const store = new PageStore({ maxBytes: 1_000_000, ttlMs: 60_000 });
  let calls = 0;
  const server = createServer(
    serveFromMemory(store, (request, response) => {
      calls += 1;
      const html = `<h1>${request.url}</h1><p>${calls}</p>`;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('x-nextjs-cache', answer.cache);
      if (answer.gzip && /gzip/.test(String(request.headers['accept-encoding']))) {
        response.setHeader('content-encoding', 'gzip');
        response.end(gzipSync(html));
        return;
      }
      response.write(html.slice(0, 5));
      response.end(html.slice(5));
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { store, base: `http://127.0.0.1:${port}`, calls: () => calls };
}

describe('serveFromMemory', () => {
  it('answers a page Next served from its cache from memory the next time, byte for byte', async () => {
    const site = await start({ cache: 'HIT' });
    const first = await fetch(`${site.base}/berichten/a`);
    const second = await fetch(`${site.base}/berichten/a`);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('x-page-cache')).toBe('memory');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(site.calls()).toBe(1);
  });

  it('forgets everything when cleared, as a revalidation does', async () => {
    const site = await start({ cache: 'HIT' });
    await fetch(`${site.base}/`);
    site.store.clear();
    expect(await (await fetch(`${site.base}/`)).text()).toContain('<p>2</p>');
  });

  it('never keeps a render, and never answers draft mode or client navigation from memory', async () => {
    const site = await start({ cache: 'MISS' });
    await fetch(`${site.base}/`);
    await fetch(`${site.base}/`);
    expect(site.calls()).toBe(2);

    const cached = await start({ cache: 'HIT' });
    await fetch(`${cached.base}/`);
    await fetch(`${cached.base}/`, { headers: { cookie: '__prerender_bypass=1' } });
    await fetch(`${cached.base}/`, { headers: { rsc: '1' } });
    expect(cached.calls()).toBe(3);
  });

  it('does not keep an answer that was being made while the memory was emptied', async () => {
    const store = new PageStore({ maxBytes: 1_000_000, ttlMs: 60_000 });
    let calls = 0;
    const server = createServer(
      serveFromMemory(store, async (_request, response) => {
        calls += 1;
        // A revalidation arrives while Next is still sending the old page.
        if (calls === 1) store.clear();
        response.setHeader('x-nextjs-cache', 'HIT');
        response.end(`<p>${calls}</p>`);
      }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetch(`${base}/`);
    expect(await (await fetch(`${base}/`)).text()).toBe('<p>2</p>');
  });

  it('keeps compressed and plain answers apart', async () => {
    const site = await start({ cache: 'HIT', gzip: true });
    await fetch(`${site.base}/`, { headers: { 'accept-encoding': 'gzip' } });
    const plain = await fetch(`${site.base}/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await fetch(`${site.base}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('x-page-cache')).toBe('memory');
    expect(await zipped.text()).toContain('<p>1</p>');
    expect(site.calls()).toBe(2);
  });
});
