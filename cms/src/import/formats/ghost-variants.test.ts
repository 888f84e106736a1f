import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixture, postsOf, postTitled, readAll, skippedOf, tempFile } from './fixtures.test.util';

/** The fixture with changes, as a new file; the fixture's JSON is small, so parsing it here is fine. */
async function variant(
  name: string,
  change: (db: { meta: Record<string, unknown>; data: Record<string, unknown[]> }) => unknown,
) {
  const parsed: unknown = JSON.parse(await readFile(fixture('ghost.json'), 'utf8'));
  const root = parsed as { db: [{ meta: Record<string, unknown>; data: Record<string, unknown[]> }] };
  change(root.db[0]);
  return tempFile(name, JSON.stringify(root));
}

describe('Ghost export variants', () => {
  it('puts the site address in for __GHOST_URL__ and in the old URLs when the settings have one', async () => {
    const file = await variant('ghost-url.json', (db) => {
      db.data['settings']?.push({ key: 'url', value: 'https://www.samenlindeveen.nl/' });
    });
    const events = await readAll(file);
    expect(events[0]).toMatchObject({ url: 'https://www.samenlindeveen.nl' });
    const visit = postTitled(events, 'Werkbezoek Leger des Heils');
    expect(visit.cover?.url).toBe('https://www.samenlindeveen.nl/content/images/2023/03/leger-des-heils.jpg');
    expect(visit.html).toContain('<a href="https://www.samenlindeveen.nl/author/henrike/">');
    expect(visit.oldUrls).toEqual(['https://www.samenlindeveen.nl/werkbezoek-leger-des-heils/']);
    expect(events).toContainEqual({
      kind: 'term',
      term: { kind: 'tag', name: 'Zorg', slug: 'zorg' },
      oldUrls: ['https://www.samenlindeveen.nl/tag/zorg/'],
    });
  });

  it('takes the site address from the meta object too', async () => {
    const file = await variant('ghost-meta-url.json', (db) => {
      db.meta['url'] = 'https://samenlindeveen.ghost.io';
    });
    const visit = postTitled(await readAll(file), 'Werkbezoek Leger des Heils');
    expect(visit.oldUrls).toEqual(['https://samenlindeveen.ghost.io/werkbezoek-leger-des-heils/']);
  });

  it('reads an export without the "db" wrapper', async () => {
    const parsed: unknown = JSON.parse(await readFile(fixture('ghost.json'), 'utf8'));
    const file = await tempFile('ghost-bare.json', JSON.stringify((parsed as { db: unknown[] }).db[0]));
    expect(postsOf(await readAll(file, 'ghost'))).toHaveLength(4);
  });

  it('falls back to the plain text, with a warning, when a post has no HTML', async () => {
    const file = await variant('ghost-plaintext.json', (db) => {
      const post = db.data['posts']?.[1] as Record<string, unknown>;
      post['html'] = null;
      post['plaintext'] = 'De raad nam onze motie aan.\n\nMet 12 <stemmen> voor.';
    });
    const events = await readAll(file);
    expect(postTitled(events, 'Motie: Ja! tegen energiearmoede').html).toBe(
      '<p>De raad nam onze motie aan.</p><p>Met 12 &lt;stemmen&gt; voor.</p>',
    );
    expect(events).toContainEqual({
      kind: 'warning',
      message:
        'Het bericht "Motie: Ja! tegen energiearmoede" had in de export geen HTML; alleen de platte tekst is overgenomen, zonder opmaak en afbeeldingen.',
    });
  });

  it('reads pre-4 pages (page: true) and the post author_id when there are no author links', async () => {
    const file = await variant('ghost-oud.json', (db) => {
      const posts = db.data['posts'] as Record<string, unknown>[];
      for (const post of posts) delete post['type'];
      const page = posts[4];
      if (page) page['page'] = true;
      const motion = posts[1];
      if (motion) motion['author_id'] = '64a000000000000000000001';
      db.data['posts_authors'] = [];
    });
    const events = await readAll(file);
    expect(skippedOf(events)[0]).toMatchObject({ title: 'Over Samen Lindeveen', reason: 'page' });
    expect(postTitled(events, 'Motie: Ja! tegen energiearmoede').author?.name).toBe('Henrike Nijman');
    expect(postTitled(events, 'Werkbezoek Leger des Heils').author).toBeUndefined();
  });

  it('skips a post marked email-only even when its status says published, and pages none of its authors', async () => {
    const file = await variant('ghost-email-only.json', (db) => {
      const newsletter = db.data['posts']?.[6] as Record<string, unknown>;
      newsletter['status'] = 'published';
    });
    const events = await readAll(file);
    expect(skippedOf(events).at(-1)).toMatchObject({ title: 'Nieuwsbrief december', reason: 'other' });
    expect(JSON.stringify(events)).not.toContain('/author/ghost/');
  });

  it('ignores a "__proto__" key in a row', async () => {
    const file = await variant('ghost-proto.json', (db) => {
      db.data['users'] = [
        JSON.parse('{"id":"64a000000000000000000001","__proto__":{"name":"Ingeschoven"},"slug":"henrike"}'),
      ];
    });
    const events = await readAll(file);
    expect(postTitled(events, 'Werkbezoek Leger des Heils').author).toEqual({
      key: '64a000000000000000000001',
      name: 'henrike',
      slug: 'henrike',
    });
  });
});
