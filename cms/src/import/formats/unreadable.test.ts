import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ImportError, type SourceFormat } from '../source';
import { fixture, readAll, tempFile } from './fixtures.test.util';
import { readExport } from './index';

const ENTITIES = /^Het bestand definieert eigen XML-entiteiten \(<!ENTITY …>\)\..*Exporteer de site opnieuw/;

/** The first event, or the error the reader throws before it. */
const firstEvent = (file: string, format?: SourceFormat) => readExport(file, format ? { format } : {}).next();

describe('entity tricks', () => {
  it.each(['billion-laughs.xml', 'external-entity.xml'])(
    'refuses %s before the first event, found or named',
    async (name) => {
      const started = Date.now();
      await expect(firstEvent(fixture(name))).rejects.toThrow(ENTITIES);
      await expect(firstEvent(fixture(name), 'wxr')).rejects.toBeInstanceOf(ImportError);
      // Expanded, the laughs would take minutes and gigabytes.
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it('never reads the file an external entity points at', async () => {
    const error: unknown = await firstEvent(fixture('external-entity.xml')).catch(
      (caught: unknown) => caught,
    );
    expect(String(error)).not.toContain('root:');
  });

  it('reads a DOCTYPE without entity declarations, fetching nothing it names', async () => {
    const file = await tempFile(
      'rss-091.xml',
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Samen Lindeveen</title><link>https://www.samenlindeveen.nl/</link><item><title>Werkbezoek</title><link>https://www.samenlindeveen.nl/werkbezoek/</link></item></channel></rss>',
    );
    const events = await readAll(file);
    expect(events.map((event) => event.kind)).toEqual(['site', 'warning', 'post']);
  });
});

describe('broken files', () => {
  it('names the line where a truncated file stops, before the first event', async () => {
    await expect(firstEvent(fixture('truncated.xml'))).rejects.toThrow(
      new ImportError(
        'Het bestand is afgebroken (regel 61): exporteer de site opnieuw en probeer het nog eens.',
      ),
    );
  });

  it.each<[string, SourceFormat]>([
    ['wordpress.xml', 'wxr'],
    ['blogger-legacy.xml', 'blogger'],
    ['blogger.xml', 'blogger'],
    ['feed-rss.xml', 'feed'],
    ['ghost.json', 'ghost'],
  ])('stops on a cut-off %s before it yields anything', async (name, format) => {
    const whole = await readFile(fixture(name), 'utf8');
    const file = await tempFile(`afgebroken-${name}`, whole.slice(0, Math.floor(whole.length * 0.8)));
    await expect(firstEvent(file, format)).rejects.toThrow(
      /^Het bestand is afgebroken \(regel \d+\): exporteer de site opnieuw/,
    );
  });

  it('names line and column of malformed XML', async () => {
    const file = await tempFile(
      'kapot.xml',
      '<rss xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>a &nbsp; b</title></channel></rss>',
    );
    await expect(firstEvent(file)).rejects.toThrow(
      'Het bestand is geen geldige XML (regel 3, kolom 15: onbekende entiteit). Is het na het exporteren met de hand bewerkt? Exporteer de site dan opnieuw en probeer het nog eens.',
    );
  });

  it('tells truncated JSON from malformed JSON', async () => {
    const start = '{"db":[{"meta":{"exported_on":1},"data":{"posts":[{"id":"1",\n';
    const truncated = await tempFile('afgebroken.json', `${start}"title":"a"`);
    const malformed = await tempFile('kapot.json', `${start}"title" "a"}]}}]}`);
    await expect(firstEvent(truncated)).rejects.toThrow('Het bestand is afgebroken (regel 2)');
    await expect(firstEvent(malformed)).rejects.toThrow('Het bestand is geen geldige JSON (rond regel 2)');
  });
});

describe('the wrong file', () => {
  it('refuses XML that is no export', async () => {
    await expect(firstEvent(fixture('not-an-export.xml'))).rejects.toThrow(
      /^Dit bestand is geen export die we kennen/,
    );
    await expect(firstEvent(fixture('not-an-export.xml'), 'wxr')).rejects.toThrow(
      'Dit bestand is geen WordPress-export (WXR). Kies het juiste soort export, of laat de soort open zodat we die zelf herkennen.',
    );
  });

  it.each<[string, SourceFormat, string]>([
    ['wordpress.xml', 'blogger', 'Blogger-export'],
    ['wordpress.xml', 'ghost', 'Ghost-export (JSON)'],
    ['ghost.json', 'wxr', 'WordPress-export (WXR)'],
    ['feed-atom.xml', 'wxr', 'WordPress-export (WXR)'],
    // Read as feeds, exports would publish their drafts, pages and comments.
    ['wordpress.xml', 'feed', 'RSS- of Atom-feed'],
    ['blogger.xml', 'feed', 'RSS- of Atom-feed'],
    ['blogger-legacy.xml', 'feed', 'RSS- of Atom-feed'],
    // Read as a Blogger export, a feed would lose every post.
    ['feed-atom.xml', 'blogger', 'Blogger-export'],
  ])('says %s is no %s when the editor names the wrong kind', async (name, format, what) => {
    await expect(firstEvent(fixture(name), format)).rejects.toThrow(`Dit bestand is geen ${what}.`);
  });
});

describe('control characters', () => {
  it('drops them, literal and as character references, and reads the rest', async () => {
    const events = await readAll(fixture('control-characters.xml'));
    const post = events.find((event) => event.kind === 'post');
    expect(post).toMatchObject({
      title: 'Werkbezoek Leger des Heils',
      html: '<p>Een indrukwekkende ochtend.</p>',
      excerpt: 'Kort verslag.',
    });
    const strings = JSON.stringify(events);
    // JSON writes \b and \f short, the rest of C0 as \u00XX; tab, line feed and return may stay.
    expect(strings).not.toMatch(/\\[bf]|\\u00(?:0[0-8bcef]|1[0-9a-f])/);
  });
});
