import { describe, expect, it } from 'vitest';
import { ImportError } from '../source';
import { tempFile } from './fixtures.test.util';
import { childText, serialize, textOf } from './xml-element';
import { controlFilter, type XmlElement, xmlRecords } from './xml-events';

describe('controlFilter', () => {
  it('drops a character reference that a read cut in two', () => {
    const filter = controlFilter();
    const pieces = [filter.push('<t>a&#x'), filter.push('8;b&#1'), filter.push('2;c&amp;'), filter.flush()];
    expect(pieces.join('')).toBe('<t>abc&amp;');
  });

  it('leaves a lone ampersand near the end of a read alone', () => {
    const filter = controlFilter();
    expect(filter.push('x') + filter.push('y & z') + filter.flush()).toBe('xy & z');
  });

  it('keeps references to characters that are allowed', () => {
    const filter = controlFilter();
    expect(filter.push('&#9;&#10;&#13;&#x20;&#8211;') + filter.flush()).toBe('&#9;&#10;&#13;&#x20;&#8211;');
  });
});

describe('xmlRecords', () => {
  it('yields each element at the record depth whole, and nothing above it', async () => {
    const file = await tempFile(
      'records.xml',
      '<rss><channel><title>Site</title><item><title>Een</title><b>x<i>y</i>z</b></item><item><![CDATA[<p>twee</p>]]></item></channel></rss>',
    );
    const records: XmlElement[] = [];
    for await (const record of xmlRecords(file, { root: () => 3 })) records.push(record);
    expect(records.map((record) => record.name)).toEqual(['title', 'item', 'item']);
    expect(childText(records[1], '', 'title')).toBe('Een');
    expect(textOf(records[2])).toBe('<p>twee</p>');
    expect(serialize(records[1]?.nodes ?? [])).toBe('<title>Een</title><b>x<i>y</i>z</b>');
  });

  it('lets the root check refuse the file with its own error', async () => {
    const file = await tempFile('other.xml', '<agenda/>');
    const refusal = new ImportError('Dit is een agenda.');
    const records = xmlRecords(file, {
      root: (root) => {
        if (root.name === 'agenda') throw refusal;
        return 1;
      },
    });
    await expect(records.next()).rejects.toBe(refusal);
  });
});

describe('serialize', () => {
  it('writes void elements once, and escapes text and attributes', () => {
    const br: XmlElement = { uri: '', name: 'br', attrs: {}, nodes: [] };
    const a: XmlElement = { uri: '', name: 'a', attrs: { title: '"5 < 6"' }, nodes: ['a & b'] };
    expect(serialize(['x', br, a])).toBe('x<br><a title="&quot;5 &lt; 6&quot;">a &amp; b</a>');
  });
});
