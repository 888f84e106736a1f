import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceEvent } from '../source';
import { fixture, postsOf, postTitled, readAll, skippedOf } from './fixtures.test.util';

describe('a Ghost 5 export', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('ghost.json'));
  });

  it('starts with the site title from the settings; the export does not know its address', () => {
    expect(events[0]).toEqual({ kind: 'site', format: 'ghost', title: 'Samen Lindeveen', url: undefined });
  });

  it('has the posts (published, draft, scheduled as draft), although they come before users and tags', () => {
    expect(postsOf(events).map(({ title, status, slug }) => ({ title, status, slug }))).toEqual([
      { title: 'Werkbezoek Leger des Heils', status: 'published', slug: 'werkbezoek-leger-des-heils' },
      {
        title: 'Motie: Ja! tegen energiearmoede',
        status: 'published',
        slug: 'motie-ja-tegen-energiearmoede',
      },
      {
        title: 'Concept: verslag raadsvergadering',
        status: 'draft',
        slug: 'concept-verslag-raadsvergadering',
      },
      { title: 'Raadsvergadering 14 december', status: 'draft', slug: 'raadsvergadering-14-december' },
    ]);
  });

  it('skips the page, the members-only post and the newsletter that was only e-mailed', () => {
    expect(skippedOf(events).map(({ title, reason, detail }) => ({ title, reason, detail }))).toEqual([
      { title: 'Over Samen Lindeveen', reason: 'page', detail: undefined },
      {
        title: 'Ledenbrief november',
        reason: 'private',
        detail: 'Alleen leden van de oude site konden dit bericht lezen.',
      },
      {
        title: 'Nieuwsbrief december',
        reason: 'other',
        detail: 'Dit bericht is alleen als nieuwsbrief verstuurd en stond niet op de site.',
      },
    ]);
  });

  it('maps a post: key, dates, custom excerpt, first author by sort order, public tags in order', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils')).toMatchObject({
      key: 'ghost:64c000000000000000000001',
      publishedAt: '2023-03-14T09:30:00.000Z',
      modifiedAt: '2023-03-15T08:00:00.000Z',
      excerpt: 'Henrike en Bart bezochten de daklozenopvang.',
      author: { key: '64a000000000000000000001', name: 'Henrike Nijman', slug: 'henrike' },
      terms: [
        { kind: 'tag', name: 'Zorg', slug: 'zorg' },
        { kind: 'tag', name: 'Armoede', slug: 'armoede' },
      ],
    });
    expect(postTitled(events, 'Concept: verslag raadsvergadering').publishedAt).toBeUndefined();
  });

  it('keeps the path where __GHOST_URL__ stood, in the HTML and the cover, with alt and caption from posts_meta', () => {
    const visit = postTitled(events, 'Werkbezoek Leger des Heils');
    expect(visit.html).not.toContain('__GHOST_URL__');
    expect(visit.html).toContain('<img src="/content/images/2023/03/opvang.jpg"');
    expect(visit.cover).toEqual({
      url: '/content/images/2023/03/leger-des-heils.jpg',
      alt: 'Henrike Nijman in gesprek met medewerkers van het Leger des Heils',
      caption: 'Foto: Samen Lindeveen',
    });
    expect(visit.oldUrls).toEqual(['/werkbezoek-leger-des-heils/']);
  });

  it('never shows an e-mail address or a password hash', () => {
    const everything = JSON.stringify(events);
    expect(everything).not.toContain('@samenlindeveen.nl');
    expect(everything).not.toContain('$2a$10$');
  });

  it('gives author and tag pages for what the imported posts use, without internal tags', () => {
    const pages = events.filter((event) => event.kind === 'author' || event.kind === 'term');
    expect(pages).toEqual([
      {
        kind: 'author',
        author: { key: '64a000000000000000000001', name: 'Henrike Nijman', slug: 'henrike' },
        oldUrls: ['/author/henrike/'],
      },
      {
        kind: 'author',
        author: { key: '64a000000000000000000002', name: 'Bart de Vries', slug: 'bart' },
        oldUrls: ['/author/bart/'],
      },
      { kind: 'term', term: { kind: 'tag', name: 'Zorg', slug: 'zorg' }, oldUrls: ['/tag/zorg/'] },
      { kind: 'term', term: { kind: 'tag', name: 'Armoede', slug: 'armoede' }, oldUrls: ['/tag/armoede/'] },
      {
        kind: 'term',
        term: { kind: 'tag', name: 'Moties & amendementen', slug: 'moties' },
        oldUrls: ['/tag/moties/'],
      },
    ]);
  });
});
