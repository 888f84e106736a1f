import { afterEach, describe, expect, it } from 'vitest';
import { fetchImage } from './index';
import { closeServers, LIMITS, refusal, serve } from './local-server.test.helper';

afterEach(closeServers);

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function serving(body: string | Buffer, contentType: string) {
  return serve((_request, response) => response.writeHead(200, { 'content-type': contentType }).end(body));
}

describe('fetchImage', () => {
  it('goes by the bytes, not by the Content-Type or the name', async () => {
    const server = await serving(PNG, 'text/html');

    const image = await fetchImage(`${server.origin}/foto.jpg`, LIMITS);

    expect(image).toEqual({
      bytes: PNG,
      mime: 'image/png',
      ext: '.png',
      finalUrl: `${server.origin}/foto.jpg`,
    });
  });

  it('refuses an HTML page that calls itself a JPEG', async () => {
    const server = await serving('<!doctype html><title>Niet gevonden</title>', 'image/jpeg');

    expect(await refusal(fetchImage(`${server.origin}/foto.jpg`, LIMITS))).toBe(
      `Bestand van 127.0.0.1:${server.port} is geen JPEG-, PNG-, GIF- of WebP-afbeelding; geweigerd.`,
    );
  });

  it('refuses SVG, saying why', async () => {
    const server = await serving(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'image/svg+xml',
    );

    expect(await refusal(fetchImage(`${server.origin}/logo.svg`, LIMITS))).toBe(
      `SVG-afbeelding van 127.0.0.1:${server.port} geweigerd: die kan scripts bevatten.`,
    );
  });
});
