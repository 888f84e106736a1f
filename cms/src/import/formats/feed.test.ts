import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceEvent } from '../source';
import { fixture, postsOf, postTitled, readAll, tempFile } from './fixtures.test.util';

const LATEST_ONLY =
  "Een feed bevat alleen de nieuwste 3 berichten van de oude site: oudere berichten, concepten, pagina's en omslagfoto's staan er niet in. Heeft de oude site een volledige export (WordPress, Blogger, Ghost), gebruik die dan.";

describe('an RSS 2.0 feed', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('feed-rss.xml'));
  });

  it('starts with the site, then says a feed holds only the latest posts', () => {
    expect(events.slice(0, 2)).toEqual([
      { kind: 'site', format: 'feed', title: 'Samen Lindeveen', url: 'https://www.samenlindeveen.nl' },
      { kind: 'warning', message: LATEST_ONLY },
    ]);
  });

  it('has every item as a published post', () => {
    expect(postsOf(events).map(({ title, status, slug }) => ({ title, status, slug }))).toEqual([
      { title: 'Werkbezoek Leger des Heils', status: 'published', slug: 'werkbezoek-leger-des-heils' },
      { title: 'Motie: Ja! – samen tegen energiearmoede', status: 'published', slug: 'motie-ja' },
      {
        title: "Henrike's bijdrage aan het debat over jeugdzorg",
        status: 'published',
        slug: 'bijdrage-debat-jeugdzorg',
      },
    ]);
  });

  it('takes content:encoded as body and the description as excerpt, the guid as key and old URL', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils')).toMatchObject({
      key: 'feed:https://www.samenlindeveen.nl/?p=101',
      publishedAt: '2023-03-14T09:30:00.000Z',
      html: expect.stringMatching(/^<p>Op dinsdag 14 maart .*<ul><li>Er zijn te weinig bedden/s),
      excerpt: 'Op dinsdag bezochten we het Leger des Heils & de daklozenopvang. […]',
      author: { key: 'Henrike Nijman', name: 'Henrike Nijman' },
      terms: [
        { kind: 'category', name: 'Nieuws' },
        { kind: 'category', name: 'Zorg' },
        { kind: 'category', name: 'Armoede' },
      ],
      oldUrls: [
        'https://www.samenlindeveen.nl/2023/03/14/werkbezoek-leger-des-heils/',
        'https://www.samenlindeveen.nl/?p=101',
      ],
    });
  });

  it('uses the escaped description as body when there is no content, and the name from an RSS <author>', () => {
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede')).toMatchObject({
      key: 'feed:https://www.samenlindeveen.nl/2023/06/12/motie-ja/',
      publishedAt: '2023-06-12T18:15:00.000Z',
      html: '<p>De raad nam op 12 juni onze motie aan: <b>ja</b> tegen energiearmoede.</p>\n<p>[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]</p>',
      excerpt: undefined,
      author: { key: 'Bart de Vries', name: 'Bart de Vries' },
      terms: [{ kind: 'category', name: 'Moties & amendementen' }],
    });
  });

  it('keys an item without guid by its link, leaves out an author that is only an e-mail address, and each label once', () => {
    const post = postTitled(events, "Henrike's bijdrage aan het debat over jeugdzorg");
    expect(post.key).toBe('feed:https://www.samenlindeveen.nl/2023/05/25/bijdrage-debat-jeugdzorg/');
    expect(post.author).toBeUndefined();
    expect(post.terms).toEqual([{ kind: 'category', name: 'Zorg' }]);
    expect(JSON.stringify(events)).not.toContain('@samenlindeveen.nl');
  });
});

describe('an Atom feed', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('feed-atom.xml'));
  });

  it('starts with the site from the alternate link, then the warning', () => {
    expect(events.slice(0, 2)).toEqual([
      { kind: 'site', format: 'feed', title: 'Samen Lindeveen', url: 'https://samenlindeveen.nl' },
      { kind: 'warning', message: LATEST_ONLY },
    ]);
  });

  it('maps an entry with HTML content: id as key, published and updated, labels, summary as excerpt', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils')).toMatchObject({
      key: 'feed:tag:samenlindeveen.nl,2023-03-14:/berichten/werkbezoek-leger-des-heils',
      status: 'published',
      publishedAt: '2023-03-14T09:30:00.000Z',
      modifiedAt: '2023-03-15T08:00:00.000Z',
      html: '<p>Op dinsdag 14 maart bezochten Henrike Nijman en Bart de Vries de daklozenopvang.</p><p><img src="/images/opvang.jpg" alt="Opvanglocatie aan de Stationsweg"></p>',
      excerpt: 'Op dinsdag bezochten we het Leger des Heils & de daklozenopvang.',
      author: { key: 'Henrike Nijman', name: 'Henrike Nijman' },
      terms: [
        { kind: 'category', name: 'Zorg' },
        { kind: 'category', name: 'Armoede' },
      ],
      oldUrls: ['https://samenlindeveen.nl/berichten/werkbezoek-leger-des-heils/'],
    });
  });

  it('writes XHTML content out as HTML, resolves a relative link, and lends the feed author', () => {
    expect(postTitled(events, 'Raadsvergadering 14 december: de begroting')).toMatchObject({
      html: '<h2>Onze inbreng</h2><p>Wij stellen voor het minimabeleid te <em>verruimen</em>.<br>Zie ook de <a href="https://samenlindeveen.nl/berichten/motie-ja/">motie</a>.</p>',
      author: { key: 'Redactie Samen Lindeveen', name: 'Redactie Samen Lindeveen' },
      terms: [{ kind: 'category', name: 'raadsvergadering' }],
      oldUrls: ['https://samenlindeveen.nl/berichten/raadsvergadering-14-december/'],
    });
  });

  it('escapes text content into paragraphs and dates an entry without published by updated', () => {
    expect(postTitled(events, 'Motie: Ja! tegen energiearmoede')).toMatchObject({
      html: '<p>De raad nam onze motie aan: ja &lt; nee.</p><p>Met dank aan iedereen die insprak.</p>',
      publishedAt: '2023-06-12T18:15:00.000Z',
      oldUrls: ['https://samenlindeveen.nl/berichten/motie-ja/'],
    });
  });

  it('falls back to the summary when the content is empty', async () => {
    const file = await tempFile(
      'samenvatting.xml',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>A</title><content type="text"> </content><summary type="html">&lt;p&gt;Kort&lt;/p&gt;</summary></entry></feed>',
    );
    expect(postTitled(await readAll(file), 'A').html).toBe('<p>Kort</p>');
  });

  it('says "the latest post" for a feed with one item', async () => {
    const file = await tempFile(
      'een.xml',
      '<rss version="2.0"><channel><title>S</title><link>https://s.nl/</link><item><title>A</title><link>https://s.nl/a/</link></item></channel></rss>',
    );
    const warning = (await readAll(file))[1];
    expect(warning).toMatchObject({
      kind: 'warning',
      message: expect.stringMatching(/^Een feed bevat alleen het nieuwste bericht van/),
    });
  });
});
