import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceEvent } from '../source';
import { fixture, postsOf, postTitled, readAll, skippedOf, tempFile } from './fixtures.test.util';

const BLOG = 'tag:blogger.com,1999:blog-4571236412345678901';

describe('a legacy Blogger export (Atom with kind categories)', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('blogger-legacy.xml'));
  });

  it('starts with the blog, its address from the feed link', () => {
    expect(events[0]).toEqual({
      kind: 'site',
      format: 'blogger',
      title: 'Samen Lindeveen',
      url: 'http://samenlindeveen.blogspot.com',
    });
  });

  it('has the kind#post entries as posts, the app:draft one as a draft', () => {
    expect(postsOf(events).map(({ title, status, slug }) => ({ title, status, slug }))).toEqual([
      { title: 'Werkbezoek Leger des Heils', status: 'published', slug: 'werkbezoek-leger-des-heils' },
      { title: 'Motie: Ja! voor de buurtbus', status: 'draft', slug: undefined },
      {
        title: 'Raadsvergadering 12 april & de begroting',
        status: 'published',
        slug: 'raadsvergadering-12-april-de-begroting',
      },
    ]);
  });

  it('maps an entry completely: key, dates in UTC, HTML, author without e-mail, labels, old URL', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils')).toMatchObject({
      key: `blogger:${BLOG}.post-1122334455667788990`,
      publishedAt: '2012-03-14T09:30:00.000Z',
      modifiedAt: '2012-03-15T08:12:44.821Z',
      author: { key: '01234567890123456789', name: 'Henrike Nijman' },
      terms: [
        { kind: 'tag', name: 'Zorg' },
        { kind: 'tag', name: 'Lindeveen Noord' },
      ],
      oldUrls: ['http://samenlindeveen.blogspot.com/2012/03/werkbezoek-leger-des-heils.html'],
    });
    const html = postTitled(events, 'Werkbezoek Leger des Heils').html;
    expect(html).toMatch(/^<div dir="ltr"/);
    expect(html).toContain('Leger des Heils.&nbsp;Een');
    expect(JSON.stringify(events)).not.toContain('noreply@blogger.com');
  });

  it('skips the page, passes over template and settings, and counts the comment', () => {
    expect(skippedOf(events)).toEqual([
      { kind: 'skipped', key: `blogger:${BLOG}.page-5566778899001122334`, title: 'Over ons', reason: 'page' },
    ]);
    expect(JSON.stringify(events)).not.toContain('Template: Samen Lindeveen');
    expect(JSON.stringify(events)).not.toContain('BLOG_NAME');
    expect(events.at(-1)).toEqual({
      kind: 'warning',
      message: expect.stringMatching(/^1 reactie is niet overgenomen/),
    });
  });

  it('gives each label of an imported post its /search/label/ page, once', () => {
    const terms = events.filter((event) => event.kind === 'term');
    expect(terms).toEqual([
      {
        kind: 'term',
        term: { kind: 'tag', name: 'Zorg' },
        oldUrls: ['http://samenlindeveen.blogspot.com/search/label/Zorg'],
      },
      {
        kind: 'term',
        term: { kind: 'tag', name: 'Lindeveen Noord' },
        oldUrls: ['http://samenlindeveen.blogspot.com/search/label/Lindeveen%20Noord'],
      },
      {
        kind: 'term',
        term: { kind: 'tag', name: 'Moties' },
        oldUrls: ['http://samenlindeveen.blogspot.com/search/label/Moties'],
      },
      {
        kind: 'term',
        term: { kind: 'tag', name: 'Raadsvergadering' },
        oldUrls: ['http://samenlindeveen.blogspot.com/search/label/Raadsvergadering'],
      },
    ]);
  });
});

describe('a current Blogger export (blogger: namespace)', () => {
  let events: SourceEvent[];
  beforeAll(async () => {
    events = await readAll(fixture('blogger.xml'));
  });

  it('knows no address for the blog: the file has none', () => {
    expect(events[0]).toEqual({ kind: 'site', format: 'blogger', title: 'Samen Lindeveen', url: undefined });
  });

  it('reads blogger:type POST as posts, DRAFT and SCHEDULED as drafts, the slug from blogger:filename', () => {
    expect(postsOf(events).map(({ title, status, slug }) => ({ title, status, slug }))).toEqual([
      { title: 'Werkbezoek Leger des Heils', status: 'published', slug: 'werkbezoek-leger-des-heils' },
      { title: 'Motie: Ja! voor de buurtbus', status: 'draft', slug: undefined },
      { title: 'Raadsvergadering 14 december', status: 'draft', slug: 'raadsvergadering-14-december' },
    ]);
  });

  it('takes the search description as excerpt, the labels in the blog scheme, the path as old URL', () => {
    expect(postTitled(events, 'Werkbezoek Leger des Heils')).toMatchObject({
      key: `blogger:${BLOG}.post-7788990011223344556`,
      excerpt: 'Henrike en Bart bezochten de daklozenopvang.',
      publishedAt: '2023-03-14T09:30:00.000Z',
      terms: [
        { kind: 'tag', name: 'Zorg' },
        { kind: 'tag', name: 'Lindeveen Noord' },
      ],
      oldUrls: ['/2023/03/werkbezoek-leger-des-heils.html'],
    });
    expect(events).toContainEqual({
      kind: 'term',
      term: { kind: 'tag', name: 'Zorg' },
      oldUrls: ['/search/label/Zorg'],
    });
  });

  it('skips the trashed post and the page, and counts the comment', () => {
    expect(skippedOf(events).map(({ title, reason }) => [title, reason])).toEqual([
      ['Oude oproep vrijwilligers', 'trash'],
      ['Over ons', 'page'],
    ]);
    expect(events.at(-1)).toMatchObject({ kind: 'warning', message: expect.stringMatching(/^1 reactie is/) });
  });

  it('makes old URLs absolute when the export does name the blog', async () => {
    const file = await tempFile(
      'blogger-met-adres.xml',
      (await readFile(fixture('blogger.xml'), 'utf8')).replace(
        '<title>Samen Lindeveen</title>',
        '<title>Samen Lindeveen</title><link rel="alternate" type="text/html" href="https://samenlindeveen.blogspot.com/"/>',
      ),
    );
    const read = await readAll(file);
    expect(postTitled(read, 'Werkbezoek Leger des Heils').oldUrls).toEqual([
      'https://samenlindeveen.blogspot.com/2023/03/werkbezoek-leger-des-heils.html',
    ]);
  });

  it('does not import a post with a status it does not know', async () => {
    const file = await tempFile(
      'blogger-status.xml',
      `<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'><entry><id>x</id><blogger:type>POST</blogger:type><blogger:status>IMPORTED</blogger:status><title>Oud</title></entry></feed>`,
    );
    expect(skippedOf(await readAll(file))).toEqual([
      {
        kind: 'skipped',
        key: 'blogger:x',
        title: 'Oud',
        reason: 'other',
        detail: 'Het bericht heeft de status "IMPORTED", die we niet kennen.',
      },
    ]);
  });
});
