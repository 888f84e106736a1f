import { describe, expect, it } from 'vitest';
import { fixture, postsOf, readAll, skippedOf, tempFile } from './fixtures.test.util';

/** A minimal WXR 1.2 file around the given items, for cases the fixture does not have. */
function wxr(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Samen Lindeveen</title><link>https://www.samenlindeveen.nl</link><wp:wxr_version>1.2</wp:wxr_version>
${items}
</channel></rss>`;
}

const item = (fields: string) =>
  `<item><title>Werkbezoek</title><dc:creator>henrike</dc:creator><content:encoded><![CDATA[<p>Tekst</p>]]></content:encoded>${fields}</item>`;

describe('a WordPress export in WXR 1.0', () => {
  it('reads "tag" terms once each, and names authors by login without an author list', async () => {
    const events = await readAll(fixture('wordpress-1.0.xml'));
    expect(events[0]).toEqual({
      kind: 'site',
      format: 'wxr',
      title: 'Samen Lindeveen',
      url: 'http://samenlindeveen.nl/blog',
    });
    const [first, second] = postsOf(events);
    expect(first?.terms).toEqual([
      { kind: 'category', name: 'Verkiezingen', slug: 'verkiezingen' },
      { kind: 'tag', name: 'kandidaten', slug: 'kandidaten' },
    ]);
    expect(first?.author).toEqual({ key: 'henrike', name: 'henrike', slug: 'henrike' });
    expect(second).toMatchObject({
      key: 'wxr:http://samenlindeveen.nl/blog/?p=15',
      title: 'Nieuwe fractievoorzitter',
      status: 'published',
      publishedAt: '2010-05-31T18:30:00.000Z',
      oldUrls: [
        'http://samenlindeveen.nl/blog/2010/05/nieuwe-fractievoorzitter/',
        'http://samenlindeveen.nl/blog/?p=15',
      ],
    });
    expect(events.some((event) => event.kind === 'warning')).toBe(false);
  });
});

describe('WXR edge cases', () => {
  it('keys by post id when there is no guid', async () => {
    const file = await tempFile(
      'geen-guid.xml',
      wxr(item('<wp:post_id>7</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>')),
    );
    expect(postsOf(await readAll(file))[0]?.key).toBe('wxr:7');
  });

  it('keeps a ?p= guid from before a move to another domain among the old URLs', async () => {
    const file = await tempFile(
      'verhuisd.xml',
      wxr(
        item(
          '<guid isPermaLink="false">http://samenlindeveen.wordpress.com/?p=5</guid><link>https://www.samenlindeveen.nl/werkbezoek/</link><wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>',
        ),
      ),
    );
    expect(postsOf(await readAll(file))[0]?.oldUrls).toEqual([
      'https://www.samenlindeveen.nl/werkbezoek/',
      'http://samenlindeveen.wordpress.com/?p=5',
      'https://www.samenlindeveen.nl/?p=5',
    ]);
  });

  it('reports other content types and unknown statuses, and passes over site internals', async () => {
    const file = await tempFile(
      'soorten.xml',
      wxr(
        [
          item(
            '<wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>product</wp:post_type>',
          ),
          item(
            '<wp:post_id>2</wp:post_id><wp:status>publish</wp:status><wp:post_type>wp_global_styles</wp:post_type>',
          ),
          item(
            '<wp:post_id>3</wp:post_id><wp:status>auto-draft</wp:status><wp:post_type>post</wp:post_type>',
          ),
        ].join(''),
      ),
    );
    const skipped = skippedOf(await readAll(file));
    expect(skipped.map(({ key, reason, detail }) => ({ key, reason, detail }))).toEqual([
      {
        key: 'wxr:1',
        reason: 'other',
        detail: 'Dit is geen bericht maar inhoud van het soort "product"; dat nemen we niet over.',
      },
      {
        key: 'wxr:3',
        reason: 'other',
        detail: 'Het bericht heeft de status "auto-draft", die we niet kennen; het is niet overgenomen.',
      },
    ]);
  });

  it('shows a [gallery] without ids with the images uploaded to the post, and keeps [[gallery]] as text', async () => {
    const attachment = (id: number, order: number) =>
      `<item><title>foto</title><wp:post_id>${id}</wp:post_id><wp:post_parent>5</wp:post_parent><wp:menu_order>${order}</wp:menu_order><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://x.nl/${id}.jpg</wp:attachment_url></item>`;
    const post = `<item><title>Fotoverslag</title><content:encoded><![CDATA[[gallery] en [[gallery]]]]></content:encoded><wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`;
    const file = await tempFile('galerij.xml', wxr(post + attachment(31, 2) + attachment(30, 1)));
    const html = postsOf(await readAll(file))[0]?.html ?? '';
    expect(html.match(/<img src="[^"]+"/g)).toEqual([
      '<img src="https://x.nl/30.jpg"',
      '<img src="https://x.nl/31.jpg"',
    ]);
    expect(html).toContain('[[gallery]]');
  });

  it('leaves a [gallery] whose images are not in the export as it is', async () => {
    const file = await tempFile(
      'lege-galerij.xml',
      wxr(
        item(
          '<wp:post_id>8</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>',
        ).replace('<p>Tekst</p>', '[gallery ids="99"]'),
      ),
    );
    expect(postsOf(await readAll(file))[0]?.html).toBe('[gallery ids="99"]');
  });

  it('never lets a login that is an e-mail address through, as name, key, slug or author page', async () => {
    const author =
      '<wp:author><wp:author_id>9</wp:author_id><wp:author_login>bart@samenlindeveen.nl</wp:author_login><wp:author_email>bart@samenlindeveen.nl</wp:author_email><wp:author_display_name>bart@samenlindeveen.nl</wp:author_display_name><wp:author_first_name>Bart</wp:author_first_name><wp:author_last_name>de Vries</wp:author_last_name></wp:author>';
    const post = (id: number, login: string) =>
      item(
        `<wp:post_id>${id}</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>`,
      ).replace('<dc:creator>henrike</dc:creator>', `<dc:creator>${login}</dc:creator>`);
    const file = await tempFile(
      'inlog-adres.xml',
      wxr(author + post(1, 'bart@samenlindeveen.nl') + post(2, 'oud@lid.nl')),
    );
    const events = await readAll(file);
    expect(postsOf(events).map((event) => event.author)).toEqual([
      { key: expect.stringMatching(/^login-[0-9a-f]{16}$/), name: 'Bart de Vries' },
      { key: expect.stringMatching(/^login-[0-9a-f]{16}$/), name: 'Auteur zonder naam' },
    ]);
    expect(events.filter((event) => event.kind === 'author')).toEqual([]);
    expect(JSON.stringify(events)).not.toContain('@');
  });

  it('says one comment in the singular', async () => {
    const comment =
      '<wp:comment><wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type></wp:comment>';
    const file = await tempFile(
      'reactie.xml',
      wxr(
        item(
          `<wp:post_id>9</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>${comment}`,
        ),
      ),
    );
    expect((await readAll(file)).at(-1)).toEqual({
      kind: 'warning',
      message:
        '1 reactie is niet overgenomen: de nieuwe site toont geen reacties. Ze staan nog wel in het exportbestand.',
    });
  });
});
