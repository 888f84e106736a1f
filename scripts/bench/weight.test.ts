import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScriptBytes } from './weight';

describe('inlineScriptBytes', () => {
  it('counts the inline scripts a browser runs, and no script file, JSON-LD or other data', () => {
    const html = [
      '<script src="/a.js"></script>',
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
      '<script>share()</script>',
      '<script type="text/javascript">count()</script>',
    ].join('');

    expect(inlineScriptBytes(html)).toBe(gzipSync('share()count()').length);
    expect(inlineScriptBytes('<p>geen script</p>')).toBe(0);
  });
});
