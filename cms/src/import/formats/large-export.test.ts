import { describe, expect, it } from 'vitest';
import { readAll, tempFile } from './fixtures.test.util';

const COUNT = 3000;
const BODY = `<p>${'Samen Lindeveen vraagt aandacht voor de daklozenopvang. '.repeat(90)}</p>`;

/** Exports of a site with years of posts: far more than one read, so every record crosses reads. */
describe('a large export', () => {
  it('reads every post of a WordPress export of some 15 MB', async () => {
    const items = Array.from(
      { length: COUNT },
      (_, n) =>
        `<item><title>Bericht ${n}</title><dc:creator>henrike</dc:creator><content:encoded><![CDATA[${BODY}]]></content:encoded><wp:post_id>${n + 1}</wp:post_id><wp:post_date_gmt>2023-01-01 10:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`,
    ).join('\n');
    const file = await tempFile(
      'groot.xml',
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Samen Lindeveen</title><link>https://www.samenlindeveen.nl</link>${items}</channel></rss>`,
    );
    const posts = (await readAll(file)).filter((event) => event.kind === 'post');
    expect(posts).toHaveLength(COUNT);
    expect(posts.every((post) => post.kind === 'post' && post.html === BODY)).toBe(true);
  }, 30_000);

  it('reads every post of a Ghost export of some 15 MB', async () => {
    const posts = Array.from({ length: COUNT }, (_, n) => ({
      id: `p${n}`,
      title: `Bericht ${n}`,
      slug: `bericht-${n}`,
      html: BODY,
      lexical: JSON.stringify({ root: { children: [] } }),
      type: 'post',
      status: 'published',
      published_at: '2023-01-01T10:00:00.000Z',
    }));
    const file = await tempFile(
      'groot.json',
      JSON.stringify({
        db: [{ meta: { exported_on: 1, version: '5.75.2' }, data: { posts, users: [], tags: [] } }],
      }),
    );
    const read = (await readAll(file)).filter((event) => event.kind === 'post');
    expect(read).toHaveLength(COUNT);
    expect(read.at(-1)).toMatchObject({ key: `ghost:p${COUNT - 1}`, html: BODY });
  }, 30_000);
});
