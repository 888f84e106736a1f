import { describe, expect, it } from 'vitest';
import {
  cleanHtml,
  cleanText,
  cleanTitle,
  htmlToText,
  optionalText,
  personName,
  titleOrPlaceholder,
} from './clean-text';

describe('cleanText', () => {
  it('drops C0 control characters but keeps tabs and line breaks inside, and trims', () => {
    expect(cleanText('  Werk\u000bbezoek\u0008\tLeger\r\ndes\u001b Heils\u0000 \n')).toBe(
      'Werkbezoek\tLeger\r\ndes Heils',
    );
  });

  it('turns missing values into empty text', () => {
    expect(cleanText(null)).toBe('');
    expect(optionalText(' \u000c ')).toBeUndefined();
    expect(optionalText(' x ')).toBe('x');
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Motie: Ja! &#8211; samen tegen energiearmoede', 'Motie: Ja! – samen tegen energiearmoede'],
    ['Henrike&#039;s bijdrage', "Henrike's bijdrage"],
    ['Moties &amp; amendementen', 'Moties & amendementen'],
    ['Het <em>grote</em>\n  debat', 'Het grote debat'],
    ['ja&nbsp;nee', 'ja nee'],
    ['5 < 6 en 7 > 6', '5 < 6 en 7 > 6'],
  ])('%j → %j', (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });

  it('gives entries without a title a placeholder the report can show', () => {
    expect(titleOrPlaceholder('  ')).toBe('(zonder titel)');
  });
});

describe('htmlToText', () => {
  it('keeps words apart across blocks and leaves scripts out', () => {
    expect(htmlToText('<p>Eén</p><p>twee<br>drie</p><script>alert(1)</script><ul><li>vier</li></ul>')).toBe(
      'Eén twee drie vier',
    );
  });
});

describe('personName', () => {
  it.each([
    ['bart@samenlindeveen.nl (Bart de Vries)', 'Bart de Vries'],
    ['Henrike Nijman', 'Henrike Nijman'],
    ['Henrike Nijman (fractievoorzitter)', 'Henrike Nijman (fractievoorzitter)'],
    ['henrike.nijman@samenlindeveen.nl', undefined],
    ['Henrike <henrike@samenlindeveen.nl>', 'Henrike'],
    ['', undefined],
  ])('%j → %j, never an e-mail address', (raw, name) => {
    expect(personName(raw)).toBe(name);
  });
});

describe('cleanHtml', () => {
  it('keeps markup and shortcodes as they are', () => {
    const html = '<p>a&nbsp;b</p>[gallery ids="1,2"]';
    expect(cleanHtml(`\n${html}\u0008\n`)).toBe(html);
  });
});
