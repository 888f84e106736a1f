import { describe, expect, it } from 'vitest';
import { safeLinkUrl, uploadPath } from './safe-url';

describe('safeLinkUrl', () => {
  it.each([
    'https://example.org/a?b=c',
    'http://example.org/',
    'mailto:fractie@example.org',
    'tel:+31201234567',
    '/berichten/x',
    '#kop',
  ])('keeps %s', (url) => {
    expect(safeLinkUrl(url)).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example',
    'ftp://example.org/file',
    '',
  ])('drops %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});

describe('uploadPath', () => {
  it('keeps the path of an upload, whatever host it was stored with', () => {
    expect(uploadPath('http://localhost:1337/uploads/foto_abc123.jpg')).toBe('/uploads/foto_abc123.jpg');
    expect(uploadPath('/uploads/foto_abc123.jpg')).toBe('/uploads/foto_abc123.jpg');
  });

  it('refuses anything that is not a plain upload', () => {
    expect(uploadPath('https://tracker.example/pixel.gif')).toBeNull();
    expect(uploadPath('/uploads/../admin')).toBeNull();
    expect(uploadPath('/uploads/a/b.jpg')).toBeNull();
  });
});
