import { describe, expect, it } from 'vitest';
import { expandShortcodes } from './shortcodes';

describe('expandShortcodes', () => {
  it('pairs an opening tag with the first closing tag of its name after it', () => {
    const { html, codes } = expandShortcodes(
      'a [embed]u[/embed] b [video src="x"] c [gallery ids="1"][/gallery]',
    );
    expect(html).toBe(
      'a <wp-shortcode data-i=0>u</wp-shortcode data-i=0> b <wp-shortcode data-i=1></wp-shortcode data-i=1> c <wp-shortcode data-i=2></wp-shortcode data-i=2><wp-shortcode data-i=3></wp-shortcode data-i=3>',
    );
    expect(codes.map((code) => [code.name, code.closing, code.orphan])).toEqual([
      ['embed', '[/embed]', undefined],
      ['video', undefined, undefined],
      ['gallery', undefined, undefined],
      ['gallery', undefined, true],
    ]);
  });

  it('reads named and positional attributes in any quoting', () => {
    const { codes } = expandShortcodes(`[x-y a="1 2" B='3' c=4 "vijf" zes]`);
    expect(codes[0]?.named).toEqual(
      new Map([
        ['a', '1 2'],
        ['b', '3'],
        ['c', '4'],
      ]),
    );
    expect(codes[0]?.positional).toEqual(['vijf', 'zes']);
  });
});
