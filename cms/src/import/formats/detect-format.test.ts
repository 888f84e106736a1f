import { describe, expect, it } from 'vitest';
import { ImportError, type SourceFormat } from '../source';
import { detectFormat } from './detect-format';
import { fixture, readAll, tempFile } from './fixtures.test.util';

describe('detectFormat', () => {
  it.each<[string, SourceFormat]>([
    ['wordpress.xml', 'wxr'],
    ['wordpress-1.0.xml', 'wxr'],
    ['blogger-legacy.xml', 'blogger'],
    ['blogger.xml', 'blogger'],
    ['ghost.json', 'ghost'],
    ['feed-rss.xml', 'feed'],
    ['feed-atom.xml', 'feed'],
    ['control-characters.xml', 'wxr'],
  ])('recognises %s as %s', async (name, format) => {
    await expect(detectFormat(fixture(name))).resolves.toBe(format);
  });

  it('takes a Blogger blog feed without kind categories for a feed, not an export', async () => {
    const file = await tempFile(
      'blogspot-feed.xml',
      "<feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1</id><entry><category scheme='http://www.blogger.com/atom/ns#' term='Zorg'/></entry></feed>",
    );
    await expect(detectFormat(file)).resolves.toBe('feed');
  });

  it('reads the head in the encoding the XML declaration names', async () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\u00e9 Lindeveen</title></channel></rss>',
      'latin1',
    );
    const file = await tempFile('latin1.xml', latin1);
    await expect(detectFormat(file)).resolves.toBe('feed');
    expect((await readAll(file))[0]).toMatchObject({ title: 'Café Lindeveen' });
  });

  it('reads a UTF-16 file by its byte-order mark', async () => {
    const text = '<rss version="2.0"><channel><title>Zo\u00eb</title></channel></rss>';
    const file = await tempFile(
      'utf16.xml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect((await readAll(file))[0]).toMatchObject({ format: 'feed', title: 'Zoë' });
  });

  it.each([
    [
      'not-an-export.xml',
      null,
      /^Dit bestand is geen export die we kennen \(het is XML die begint met <vergaderingen>\)\. Kies een WordPress-export/,
    ],
    ['leeg.xml', '  \n', /^Het bestand is leeg: exporteer de site opnieuw/],
    ['export.zip', 'PK\u0003\u0004\u0014\u0000', /^Dit is een zip-bestand\. Pak het eerst uit/],
    ['pagina.html', '<!DOCTYPE html><html><body>&nbsp;</body></html>', /\(het is een webpagina\)/],
    ['ander.json', '{"posts":[{"title":"x"}]}', /\(het is JSON, maar geen Ghost-export\)/],
    ['tekst.txt', 'Werkbezoek Leger des Heils', /\(het is geen XML en geen JSON\)/],
  ])('refuses %s with a Dutch message', async (name, content, message) => {
    const file = content === null ? fixture(name) : await tempFile(name, content);
    const refusal = detectFormat(file);
    await expect(refusal).rejects.toBeInstanceOf(ImportError);
    await expect(refusal).rejects.toThrow(message);
  });

  it('says so when the file is not there', async () => {
    await expect(detectFormat('/bestaat/niet.xml')).rejects.toThrow(
      'Het bestand /bestaat/niet.xml is niet gevonden of niet leesbaar: upload het opnieuw.',
    );
  });
});
