import { describe, expect, it } from 'vitest';
import { imageType, looksLikeSvg } from './image-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

describe('imageType', () => {
  it.each([
    [bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg', '.jpg'],
    [bytes([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg', '.jpg'],
    [bytes([0x89], 'PNG\r\n', [0x1a], '\n', 'IHDR'), 'image/png', '.png'],
    [bytes('GIF87a', [1, 0]), 'image/gif', '.gif'],
    [bytes('GIF89a', [1, 0]), 'image/gif', '.gif'],
    [bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp', '.webp'],
  ])('recognises %#', (input, mime, ext) => {
    expect(imageType(input)).toEqual({ mime, ext });
  });

  it.each([
    ['empty', bytes()],
    ['half a JPEG signature', bytes([0xff, 0xd8])],
    ['PNG without its line-ending check', bytes([0x89], 'PNG\r\n', [0x1a], '\r')],
    ['GIF of an unknown version', bytes('GIF88a')],
    ['RIFF that is audio', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['truncated RIFF', bytes('RIFF', [0x24, 0, 0])],
    ['SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['HTML', bytes('<!doctype html><title>404</title>')],
    ['JPEG signature after a byte', bytes([0x00, 0xff, 0xd8, 0xff])],
  ])('does not take %s for an image', (_name, input) => {
    expect(imageType(input)).toBeNull();
  });
});

describe('looksLikeSvg', () => {
  it('sees SVG behind an XML declaration or a doctype, and not in HTML', () => {
    expect(looksLikeSvg(bytes('<?xml version="1.0"?>\n<svg viewBox="0 0 1 1"/>'))).toBe(true);
    expect(looksLikeSvg(bytes('<!DOCTYPE svg><SVG>'))).toBe(true);
    expect(looksLikeSvg(bytes('<!doctype html><p>svg</p>'))).toBe(false);
  });
});
