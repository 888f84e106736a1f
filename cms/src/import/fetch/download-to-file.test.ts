import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadToFile } from './index';
import { closeServers, LIMITS, refusal, serve } from './local-server.test.helper';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fetch-'));
});
afterEach(async () => {
  await closeServers();
  await rm(dir, { recursive: true, force: true });
});

describe('downloadToFile', () => {
  it('streams the body into the file', async () => {
    const feed = '<rss>'.padEnd(50_000, ' ') + '</rss>';
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    });
    const file = join(dir, 'feed.xml');

    const result = await downloadToFile(`${server.origin}/feed`, file, LIMITS);

    expect(result).toEqual({ bytes: feed.length, contentType: 'application/rss+xml' });
    expect(await readFile(file, 'utf8')).toBe(feed);
  });

  it('leaves no partial file behind when the body passes maxBytes', async () => {
    const server = await serve((_request, response) => {
      // Two writes: chunked, without a Content-Length, so the cap is met while the file is open.
      response.write(Buffer.alloc(8_000));
      response.end(Buffer.alloc(8_000));
    });
    const file = join(dir, 'export.xml');

    const message = await refusal(downloadToFile(`${server.origin}/`, file, { ...LIMITS, maxBytes: 10_000 }));

    expect(message).toMatch(/is groter dan 10\.000 bytes; afgebroken\.$/);
    expect(existsSync(file)).toBe(false);
  });

  it('does not touch a file it never started writing', async () => {
    const server = await serve((_request, response) => response.writeHead(500).end());
    const file = join(dir, 'export.xml');
    await writeFile(file, 'vorige export');

    expect(await refusal(downloadToFile(`${server.origin}/`, file, LIMITS))).toMatch(/HTTP 500/);
    expect(await readFile(file, 'utf8')).toBe('vorige export');
  });
});
