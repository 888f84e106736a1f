import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceEvent } from '../source';
import { fixture, postsOf, postTitled, readAll, skippedOf } from './fixtures.test.util';

describe('a WordPress export (WXR 1.2)', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('wordpress.xml'));
  });

  it('starts with the site, from the channel', () => {
    expect(events[0]).toEqual({
      kind: 'site',
      format: 'wxr',
      title: 'Samen Lindeveen',
      url: 'https://www.samenlindeveen.nl',
    });
  });

  it('has the posts, each with its status and its slug as it was', () => {
    expect(postsOf(events).map(({ title, status, slug }) => ({ title, status, slug }))).toEqual([
      { title: 'Werkbezoek Leger des Heils', status: 'published', slug: 'werkbezoek-leger-des-heils' },
      { title: 'Motie: Ja! – samen tegen energiearmoede', status: 'published', slug: 'Motie: Ja!' },
      { title: 'Concept: raadsvergadering 9 november', status: 'draft', slug: undefined },
      {
        title: 'Raadsvergadering 14 december: de begroting',
        status: 'draft',
        slug: 'raadsvergadering-14-december-de-begroting',
      },
      {
        title: "Henrike's bijdrage aan het debat over jeugdzorg",
        status: 'published',
        slug: 'bijdrage-debat-jeugdzorg',
      },
      {
        title: 'Inbreng commissie Sociaal Domein',
        status: 'draft',
        slug: 'inbreng-commissie-sociaal-domein',
      },
    ]);
  });

  it('skips private, password-protected and trashed posts, pages and menu items, each with its reason', () => {
    expect(skippedOf(events).map(({ title, reason }) => [title, reason])).toEqual([
      ['Fractieoverleg (intern)', 'private'],
      ['Verslag besloten commissie', 'password'],
      ['Oude oproep vrijwilligers', 'trash'],
      ['Over ons', 'page'],
      ['(zonder titel)', 'menu-item'],
    ]);
  });

  it('turns attachments into no event of their own', () => {
    const titles = events.map((event) => ('title' in event ? event.title : ''));
    expect(titles).not.toContain('leger-des-heils-bezoek');
    expect(titles).not.toContain('opvang-stationsweg');
  });

  it('keys entries by their guid', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils').key).toBe(
      'wxr:https://www.samenlindeveen.nl/?p=101',
    );
    expect(skippedOf(events).find((entry) => entry.reason === 'page')?.key).toBe(
      'wxr:https://www.samenlindeveen.nl/?page_id=108',
    );
  });

  it('reads the UTC dates, and the local one as Amsterdam time where WordPress left UTC at zero', () => {
    const visit = postTitled(events, 'Werkbezoek Leger des Heils');
    expect([visit.publishedAt, visit.modifiedAt]).toEqual([
      '2023-03-14T09:30:00.000Z',
      '2023-03-15T08:00:00.000Z',
    ]);
    // 20:15 in June is summer time, 16:45 in November winter time.
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede').publishedAt).toBe(
      '2023-06-12T18:15:00.000Z',
    );
    expect(postTitled(events, 'Concept: raadsvergadering 9 november').publishedAt).toBe(
      '2023-11-02T15:45:00.000Z',
    );
  });

  it('names authors from the channel list, by login, and never by e-mail address', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils').author).toEqual({
      key: 'henrike',
      name: 'Henrike Nijman',
      slug: 'henrike',
    });
    expect(postTitled(events, 'Raadsvergadering 14 december: de begroting').author?.name).toBe(
      'Redactie Samen Lindeveen',
    );
    expect(postTitled(events, 'Inbreng commissie Sociaal Domein').author).toEqual({
      key: 'oud-lid',
      name: 'oud-lid',
      slug: 'oud-lid',
    });
    const everything = JSON.stringify(events);
    expect(everything).not.toContain('henrike.nijman@samenlindeveen.nl');
    expect(everything).not.toContain('bart@samenlindeveen.nl');
  });

  it('takes categories and tags, decoded, and leaves other taxonomies out', () => {
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede').terms).toEqual([
      { kind: 'category', name: 'Moties & amendementen', slug: 'moties' },
      { kind: 'tag', name: 'Armoede', slug: 'armoede' },
    ]);
    expect(
      postTitled(events, "Henrike's bijdrage aan het debat over jeugdzorg").terms.map((term) => term.name),
    ).toEqual(['Raadsvergaderingen', 'Zorg']);
  });

  it('finds the cover in an attachment listed after the post, with its alt text and caption', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils').cover).toEqual({
      url: 'https://www.samenlindeveen.nl/wp-content/uploads/2023/03/leger-des-heils-bezoek.jpg',
      alt: 'Henrike Nijman in gesprek met medewerkers van het Leger des Heils',
      caption: 'Foto: Samen Lindeveen',
    });
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede').cover).toBeUndefined();
  });

  it('writes a [gallery] out as figures of its attachments, and leaves other shortcodes alone', () => {
    const html = postTitled(events, 'Werkbezoek Leger des Heils').html;
    expect(html).not.toContain('[gallery');
    expect(html).toContain(
      '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="https://www.samenlindeveen.nl/wp-content/uploads/2023/03/opvang-stationsweg.jpg" alt="Opvanglocatie aan de Stationsweg"></figure><figure class="wp-block-image"><img src="https://www.samenlindeveen.nl/wp-content/uploads/2023/03/bedden-winteropvang.jpg" alt=""><figcaption>Twaalf bedden voor de hele gemeente</figcaption></figure></figure>',
    );
    expect(html).toContain('[caption id="attachment_202" align="alignnone" width="800"]');
    expect(html).toContain('<p class="MsoNormal">');
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede').html).toContain(
      '[embed]https://www.youtube.com/',
    );
  });

  it('makes the excerpt plain text', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils').excerpt).toBe(
      'Op dinsdag bezochten we het Leger des Heils & de daklozenopvang.',
    );
    expect(postTitled(events, 'Motie: Ja! – samen tegen energiearmoede').excerpt).toBeUndefined();
  });

  it('lists the permalink, the ?p= guid and the ?p= address on the channel link as old URLs', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils').oldUrls).toEqual([
      'https://www.samenlindeveen.nl/2023/03/14/werkbezoek-leger-des-heils/',
      'https://www.samenlindeveen.nl/?p=101',
    ]);
    expect(postTitled(events, 'Concept: raadsvergadering 9 november').oldUrls).toEqual([
      'https://www.samenlindeveen.nl/?p=103',
    ]);
  });

  it('gives the old category, tag and author pages of the imported posts, nested categories under their parent', () => {
    const pages = events.filter((event) => event.kind === 'term' || event.kind === 'author');
    expect(pages).toContainEqual({
      kind: 'term',
      term: { kind: 'category', name: 'Moties & amendementen', slug: 'moties' },
      oldUrls: [
        'https://www.samenlindeveen.nl/category/raadsvergaderingen/moties/',
        'https://www.samenlindeveen.nl/category/moties/',
      ],
    });
    expect(pages).toContainEqual({
      kind: 'term',
      term: { kind: 'tag', name: 'Begroting 2024', slug: 'begroting-2024' },
      oldUrls: ['https://www.samenlindeveen.nl/tag/begroting-2024/'],
    });
    expect(pages).toContainEqual({
      kind: 'author',
      author: { key: 'bdevries', name: 'Bart de Vries', slug: 'bdevries' },
      oldUrls: ['https://www.samenlindeveen.nl/author/bdevries/'],
    });
    // Only skipped posts carry these, so they lead nowhere new.
    expect(JSON.stringify(pages)).not.toContain('hoofdmenu');
    expect(pages).toHaveLength(10);
  });

  it('ends with one warning counting the approved comments: not spam, unapproved ones or pingbacks', () => {
    expect(events.at(-1)).toEqual({
      kind: 'warning',
      message:
        '3 reacties zijn niet overgenomen: de nieuwe site toont geen reacties. Ze staan nog wel in het exportbestand.',
    });
    expect(events.filter((event) => event.kind === 'warning')).toHaveLength(1);
  });
});
