import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';
import { withPagePolicy } from './page-policy';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAYLOAD = 'self.__next_f.push([1,"Gemeenteraad — één motie"])';
const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head>',
  `<body><h1>Werkbezoek</h1><script>${PAYLOAD}</script>`,
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
  '<script id="boot">(self.__next_s=self.__next_s||[]).push(1)</script></body></html>',
].join('');

/** A stand-in for Next that answers with `send`, behind the policy layer; the policy lists hashes. */
async function start(send: (response: ServerResponse) => void) {
  const server = createServer(
    withPagePolicy(
      (html) => inlineScriptHashes(html).join(' '),
      (_request, response) => send(response),
    ),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('inlineScriptHashes', () => {
  it('hashes every inline script of a page exactly as written, and no script loaded by src', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha256(PAYLOAD),
      sha256('{"@type":"BlogPosting"}'),
      sha256('(self.__next_s=self.__next_s||[]).push(1)'),
    ]);
  });

  it('lists a script twice only once, and finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes(`<script>a()</script><script>a()</script>`)).toEqual([sha256('a()')]);
    expect(inlineScriptHashes('<p>script</p><script src=/x.js></script>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and the listed hashes only: no unsafe-inline or unsafe-eval', () => {
    const policy = contentSecurityPolicy([sha256('a()')], {
      cmsOrigin: 'https://cms.example.nl',
      https: true,
    });
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src '));

    expect(scripts).toBe(`script-src 'self' ${sha256('a()')}`);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'self' https://cms.example.nl");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy([], { cmsOrigin: 'http://x', https: false })).not.toContain('upgrade');
  });
});

describe('withPagePolicy', () => {
  it('sends a page written in streamed pieces whole, with the hashes of its own inline scripts', async () => {
    const base = await start((response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.flushHeaders();
      for (let at = 0; at < PAGE.length; at += 40) response.write(PAGE.slice(at, at + 40));
      response.end();
    });

    const answer = await fetch(base);

    expect(await answer.text()).toBe(PAGE);
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(PAGE)));
    expect(answer.headers.get('content-security-policy')).toBe(inlineScriptHashes(PAGE).join(' '));
    expect(answer.headers.get('content-security-policy')).toContain(sha256(PAYLOAD));
  });

  it('keeps the status and headers Next gives through writeHead', async () => {
    const base = await start((response) => {
      response.writeHead(404, { 'content-type': 'text/html', 'x-nextjs-cache': 'HIT' });
      response.end('<p>Niet gevonden</p><script>b()</script>');
    });

    const answer = await fetch(base);

    expect(answer.status).toBe(404);
    expect(answer.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(answer.headers.get('content-security-policy')).toBe(sha256('b()'));
  });

  it('streams anything that is not HTML as Next writes it, without a policy of its own', async () => {
    let release: () => void = () => undefined;
    const base = await start((response) => {
      response.setHeader('content-type', 'text/x-component');
      response.write('0:["eerste"]\n');
      release = () => response.end('1:["tweede"]\n');
    });

    const answer = await fetch(base);
    const reader = answer.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    release();

    expect(first).toBe('0:["eerste"]\n');
    expect(answer.headers.get('content-security-policy')).toBeNull();
  });

  it('answers HEAD with the headers of the page and no body', async () => {
    const base = await start((response) => {
      response.setHeader('content-type', 'text/html');
      response.end();
    });

    const answer = await fetch(base, { method: 'HEAD' });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toBe('');
  });
});
