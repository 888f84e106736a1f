import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import {
  type ApiClient,
  type ApiResponse,
  demoAuthorId,
  editorPostAction,
  entryOf,
  errorBody,
  imageUpload,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
} from './helpers';

const savedPost = entryOf({
  documentId: z.string(),
  publicationDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
const uploaded = z.array(z.object({ id: z.number() }));

describe('posts are validated before they are published', () => {
  let cms: TestCms;
  let editor: ApiClient;
  let authorId: string;
  const post = (slug: string, extra: object = {}) => ({
    title: `Testbericht ${slug}`,
    slug,
    content: paragraph('Een korte tekst.'),
    author: authorId,
    ...extra,
  });
  /** Every version of a slug, drafts included: a refused request must not leave anything behind. */
  const versionsOf = async (slug: string) =>
    parseBody(
      listOf({}),
      await editor.get('/api/posts', { status: 'draft', filters: { slug: { $eq: slug } } }),
    ).meta.pagination.total;
  const refusalMessage = (response: ApiResponse) => {
    expect(response.status, response.text).toBe(400);
    return parseBody(errorBody, response).error;
  };

  beforeAll(async () => {
    cms = await bootTestCms();
    editor = tokenApi(cms.url, await cms.fullAccessToken());
    authorId = await demoAuthorId(editor);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('refuses a slug that is not URL-safe', async () => {
    const response = await editor.post('/api/posts', post('Niet Goed!'));

    expect(JSON.stringify(refusalMessage(response).details)).toContain('"path":["slug"]');
    expect(await versionsOf('Niet Goed!')).toBe(0);
  });

  it('gives a new post its slug from the title when the admin left its placeholder "post-N"', async () => {
    const response = await editor.post(
      '/api/posts',
      post('post-3', { title: 'Raad stemt voor extra speelplekken' }),
    );

    expect(parseBody(entryOf({ slug: z.string() }), response).data.slug).toBe(
      'raad-stemt-voor-extra-speelplekken',
    );
  });

  it('refuses to publish a second post with a slug already in use', async () => {
    const response = await editor.post('/api/posts', post(DEMO.workVisit.slug));

    expect(JSON.stringify(refusalMessage(response).details)).toContain('"path":["slug"]');
    expect(await versionsOf(DEMO.workVisit.slug)).toBe(1);
  });

  it('refuses to publish without an author, but keeps a draft without one', async () => {
    const published = await editor.post('/api/posts', post('zonder-auteur', { author: null }));
    const draft = await editor.post('/api/posts', post('zonder-auteur-concept', { author: null }), {
      status: 'draft',
    });

    expect(refusalMessage(published).message).toMatch(/Kies een auteur/);
    expect(await versionsOf('zonder-auteur')).toBe(0);
    expect(draft.status, draft.text).toBe(201);
  });

  it('refuses a cover without alt text, and publishes once the alt text is filled in', async () => {
    const [image] = parseBody(
      uploaded,
      await editor.raw('POST', '/api/upload', imageUpload('omslag.png', 'Tijdelijk')),
    );
    const cleared = await editor.raw(
      'POST',
      `/api/upload?id=${image?.id}`,
      fileInfo({ alternativeText: '' }),
    );
    expect(cleared.status, cleared.text).toBe(200);

    const refused = await editor.post('/api/posts', post('omslag-zonder-alt', { cover: image?.id }));
    await editor.raw('POST', `/api/upload?id=${image?.id}`, fileInfo({ alternativeText: 'Een grijze stip' }));
    const accepted = await editor.post('/api/posts', post('omslag-met-alt', { cover: image?.id }));

    expect(refusalMessage(refused).message).toMatch(/alternatieve tekst/);
    expect(await versionsOf('omslag-zonder-alt')).toBe(0);
    expect(accepted.status, accepted.text).toBe(201);
  });

  it('gives a post published without a publication date the moment of publishing', async () => {
    const before = Date.now();

    const response = await editor.post('/api/posts', post('datum-bij-publiceren'));

    const saved = parseBody(savedPost, response).data;
    const publicationDate = Date.parse(saved.publicationDate ?? '');
    expect(publicationDate).toBeGreaterThanOrEqual(before - 1000);
    expect(publicationDate).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('keeps an explicit old publication date', async () => {
    const publicationDate = '2019-03-14T09:30:00.000Z';

    const response = await editor.post('/api/posts', post('oude-datum', { publicationDate }));

    expect(parseBody(savedPost, response).data.publicationDate).toBe(publicationDate);
  });

  it('the editor’s Publish button applies the rules and sets the publication date', async () => {
    const withoutAuthor = parseBody(
      savedPost,
      await editor.post('/api/posts', post('knop-zonder-auteur', { author: null }), { status: 'draft' }),
    );
    const complete = parseBody(
      savedPost,
      await editor.post('/api/posts', post('knop-compleet'), { status: 'draft' }),
    );

    const refused = await editorPostAction(cms.url, 'publish', withoutAuthor.data.documentId);
    const published = await editorPostAction(cms.url, 'publish', complete.data.documentId);

    expect(refusalMessage(refused).message).toMatch(/Kies een auteur/);
    expect(published.status, published.text).toBe(200);
    expect(parseBody(savedPost, published).data.publicationDate).not.toBeNull();
  });

  it('publishing a draft through the content API applies the same rules', async () => {
    const draft = parseBody(
      savedPost,
      await editor.post('/api/posts', post('api-zonder-auteur', { author: null }), { status: 'draft' }),
    );

    const response = await editor.put(`/api/posts/${draft.data.documentId}`, {}, { status: 'published' });

    expect(refusalMessage(response).message).toMatch(/Kies een auteur/);
  });

  it('publishing a draft through the content API sets the publication date', async () => {
    const draft = parseBody(
      savedPost,
      await editor.post('/api/posts', post('api-datum'), { status: 'draft' }),
    );

    const response = await editor.put(`/api/posts/${draft.data.documentId}`, {}, { status: 'published' });

    expect(parseBody(savedPost, response).data.publicationDate).not.toBeNull();
  });

  it('refuses a body far too big with a 413 and a message, stores nothing, and stays up', async () => {
    const huge = 'Een heel lange zin die steeds terugkomt. '.repeat(60_000);
    const response = await editor.post('/api/posts', post('veel-te-lang', { content: paragraph(huge) }));

    expect(response.status, response.text.slice(0, 200)).toBe(413);
    expect(parseBody(errorBody, response).error.message).toMatch(/^Dit is te groot om op te slaan/);
    expect(await versionsOf('veel-te-lang')).toBe(0);
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  });

  it('a label deleted while posts use it leaves those posts published, without the label', async () => {
    const label = parseBody(
      entryOf({ documentId: z.string() }),
      await editor.post('/api/labels', { name: 'Tijdelijk label', slug: 'tijdelijk-label' }),
    );
    const created = parseBody(
      savedPost,
      await editor.post('/api/posts', post('met-tijdelijk-label', { labels: [label.data.documentId] })),
    );

    const deleted = await editor.delete(`/api/labels/${label.data.documentId}`);
    expect(deleted.status, deleted.text).toBe(204);

    const after = await publicApi(cms.url).get('/api/posts', {
      filters: { slug: { $eq: 'met-tijdelijk-label' } },
      populate: { labels: { fields: ['slug'] } },
    });
    const [survivor] = parseBody(
      listOf({ documentId: z.string(), labels: z.array(z.object({})) }),
      after,
    ).data;
    expect(survivor?.documentId).toBe(created.data.documentId);
    expect(survivor?.labels).toEqual([]);
  });
});

/** The media library's "edit file" form: only the file info, as multipart. */
function fileInfo(info: { alternativeText: string }): FormData {
  const form = new FormData();
  form.append('fileInfo', JSON.stringify(info));
  return form;
}
