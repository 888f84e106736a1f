import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { posts as demoPosts } from '../../src/seed/data/posts';
import {
  type ApiClient,
  demoAuthorId,
  editorPostAction,
  entryOf,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
} from './helpers';

/**
 * Runs SQL straight on the test database, bypassing Strapi, as another tool or an old version
 * would; answers the rows of the last statement.
 */
async function runSql(
  env: Record<string, string>,
  statements: { sqlite: string[]; postgres: string[] },
): Promise<unknown[]> {
  let rows: unknown[] = [];
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(`SET search_path TO ${env.DATABASE_SCHEMA}`);
    for (const statement of statements.postgres) rows = (await client.query(statement)).rows;
    await client.end();
    return rows;
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(env.DATABASE_FILENAME);
  for (const statement of statements.sqlite) {
    const prepared = db.prepare(statement);
    rows = prepared.reader ? prepared.all() : (prepared.run(), []);
  }
  db.close();
  return rows;
}

/** Empties every post's search text, as in a database from before search. */
const clearSearchText = (env: Record<string, string>) =>
  runSql(env, {
    sqlite: ['UPDATE posts SET search_text = NULL'],
    postgres: ['UPDATE posts SET search_text = NULL'],
  });

/** A published demo post with "geïnformeerd" in its body only, not in its title or excerpt. */
const BODY_ONLY = demoPosts.find(
  (post) =>
    !post.draft &&
    JSON.stringify(post.content).includes('geïnformeerd') &&
    !`${post.title} ${post.excerpt ?? ''}`.includes('geïnformeerd'),
);
/** Words that occur nowhere in the demo content, so finding one means a leak. */
const DRAFT_WORD = 'zwijgplicht';
const EDIT_WORD = 'achterkamertje';
const PUBLISH_WORD = 'knipperlicht';
const GONE_WORD = 'wegwerpbeker';
const REBUILT_WORD = 'vuurtorenwachter';

const hits = listOf({ slug: z.string(), publicationDate: z.string() });
const withDocumentId = entryOf({ documentId: z.string() });
const slugsOf = (body: z.infer<typeof hits>) => body.data.map((post) => post.slug);

describe('searching posts', () => {
  let cms: TestCms;
  let visitor: ApiClient;
  let editor: ApiClient;
  let authorId: string;

  const search = (q: string, extra: object = {}) => visitor.get('/api/posts/search', { q, ...extra });
  const foundSlugs = async (q: string) => slugsOf(parseBody(hits, await search(q)));

  async function createPost(slug: string, text: string, status: 'draft' | 'published'): Promise<string> {
    const created = await editor.post(
      '/api/posts',
      { title: `Zoektest ${slug}`, slug, content: paragraph(text), author: authorId },
      { status },
    );
    return parseBody(withDocumentId, created).data.documentId;
  }

  beforeAll(async () => {
    cms = await bootTestCms();
    visitor = publicApi(cms.url);
    editor = tokenApi(cms.url, await cms.fullAccessToken());
    authorId = await demoAuthorId(visitor);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('finds a word from a post body, ignoring case and accents', async () => {
    expect(BODY_ONLY, 'demo post with geïnformeerd in its body').toBeDefined();

    expect(await foundSlugs('GEINFORMEERD')).toEqual([BODY_ONLY?.slug]);
    expect(await foundSlugs('geïnformeerd')).toEqual([BODY_ONLY?.slug]);
  });

  it('needs every word, and answers in the shape of /api/posts without the search text', async () => {
    const response = await search('geinformeerd tijdelijke', {
      fields: ['title', 'slug', 'publicationDate'],
      populate: { author: { fields: ['name'] } },
    });

    const body = parseBody(listOf({ slug: z.string(), author: z.object({ name: z.string() }) }), response);
    expect(body.data.map((post) => post.slug)).toEqual([BODY_ONLY?.slug]);
    expect(response.body).toMatchObject({
      meta: { pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 } },
    });
    expect(await foundSlugs('geinformeerd fietsenstalling-op-de-maan')).toEqual([]);
    expect(response.text).not.toMatch(/searchText|search_text/);
  });

  it('pages ten at a time, newest first', async () => {
    const [first, second] = [
      parseBody(hits, await search('de')),
      parseBody(hits, await search('de', { page: '2' })),
    ];

    expect(first.meta.pagination.total).toBeGreaterThan(10);
    expect(first.data).toHaveLength(10);
    const dates = [...first.data, ...second.data].map((post) => Date.parse(post.publicationDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(slugsOf(second).some((slug) => slugsOf(first).includes(slug))).toBe(false);
  });

  it('never finds a draft', async () => {
    await createPost('zoektest-concept', `Een concept over de ${DRAFT_WORD}.`, 'draft');

    expect(await foundSlugs(DRAFT_WORD)).toEqual([]);
    expect(await foundSlugs('zwemles ingediend')).toEqual([]);
  });

  it('finds a published post by its published text, not by an unpublished edit', async () => {
    const documentId = await createPost(
      'zoektest-bewerkt',
      'De gepubliceerde tekst over het wijkbudget.',
      'published',
    );
    const edit = await editor.put(
      `/api/posts/${documentId}`,
      { content: paragraph(`Nog geheim: het ${EDIT_WORD}.`) },
      { status: 'draft' },
    );
    expect(edit.status, edit.text).toBe(200);

    expect(await foundSlugs('wijkbudget gepubliceerde')).toEqual(['zoektest-bewerkt']);
    expect(await foundSlugs(EDIT_WORD)).toEqual([]);
  });

  it('finds a draft once the editor publishes it', async () => {
    const documentId = await createPost('zoektest-later', `Het ${PUBLISH_WORD} op de rotonde.`, 'draft');

    const published = await editorPostAction(cms.url, 'publish', documentId);

    expect(published.status, published.text).toBe(200);
    expect(await foundSlugs(PUBLISH_WORD)).toEqual(['zoektest-later']);
  });

  it('finds words shorter than three letters, which the index does not hold, also beside longer ones', async () => {
    await createPost('zoektest-kort', 'Motie Q7 over de kademuur is aangenomen.', 'published');

    expect(await foundSlugs('q7')).toEqual(['zoektest-kort']);
    expect(await foundSlugs('kademuur q7')).toEqual(['zoektest-kort']);
    expect(await foundSlugs('kademuur q8')).toEqual([]);
  });

  it('forgets a post once it is unpublished or deleted', async () => {
    const unpublished = await createPost('zoektest-ingetrokken', `Over de ${GONE_WORD} een.`, 'published');
    const deleted = await createPost('zoektest-verwijderd', `Over de ${GONE_WORD} twee.`, 'published');
    expect(await foundSlugs(GONE_WORD)).toHaveLength(2);

    expect((await editorPostAction(cms.url, 'unpublish', unpublished)).status).toBe(200);
    expect((await editor.delete(`/api/posts/${deleted}`)).status).toBe(204);

    expect(await foundSlugs(GONE_WORD)).toEqual([]);
  });

  it('rebuilds its index when the database lost it, as when Strapi rebuilds the post table', async () => {
    const slug = BODY_ONLY?.slug ?? '';
    const changeText = `UPDATE posts SET search_text = search_text || ' ${REBUILT_WORD}' WHERE slug = '${slug}'`;
    await runSql(cms.database.env, {
      sqlite: ['DROP TRIGGER posts_search_update', changeText],
      postgres: ['DROP INDEX posts_search', changeText],
    });
    await cms.restart();

    expect(await foundSlugs(REBUILT_WORD)).toEqual([slug]);
    expect(await foundSlugs(`geinformeerd ${REBUILT_WORD}`)).toEqual([slug]);
    const indexParts = await runSql(cms.database.env, {
      sqlite: [
        `SELECT name FROM sqlite_master WHERE name IN ('posts_search', 'posts_search_insert', 'posts_search_update', 'posts_search_delete')`,
      ],
      postgres: [`SELECT indexname AS name FROM pg_indexes WHERE indexname = 'posts_search'`],
    });
    expect(indexParts.length).toBe(cms.database.env.DATABASE_CLIENT === 'postgres' ? 1 : 4);
  });

  it.each([
    ['without q', {}],
    ['with q twice', { q: ['regen', 'water'] }],
    ['with q as an object', { q: { $ne: '' } }],
    ['with only wildcards', { q: '%_' }],
    ['with q over 100 characters', { q: 'regen '.repeat(20) }],
    ['with more than 8 words', { q: 'een twee drie vier vijf zes zeven acht negen' }],
    ['with page 0', { q: 'regen', page: '0' }],
    ['with a page that is not a number', { q: 'regen', page: 'twee' }],
  ])('answers 400 %s', async (_case, query) => {
    const response = await visitor.get('/api/posts/search', query);

    expect(response.status, response.text).toBe(400);
  });

  it('does not let the public filter on the search text', async () => {
    const response = await visitor.get('/api/posts', { filters: { searchText: { $contains: DRAFT_WORD } } });

    expect(response.status).toBe(400);
  });

  it('fills in the search text of posts saved before search existed', async () => {
    await clearSearchText(cms.database.env);
    await cms.restart();

    expect(await foundSlugs('geinformeerd')).toEqual([BODY_ONLY?.slug]);
    expect(await foundSlugs(DRAFT_WORD)).toEqual([]);
  });
});
