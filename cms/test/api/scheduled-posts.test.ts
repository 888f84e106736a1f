import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { contentManager, createdId } from './admin-accounts';
import {
  type ApiClient,
  type ApiResponse,
  demoAuthorId,
  editorApi,
  errorBody,
  listOf,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
  withQuery,
} from './helpers';

/** The scheduler looks every 2 seconds here, instead of every minute. */
const SCHEDULE_CRON = '*/2 * * * * *';
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const all = { pagination: { pageSize: 100 } };
const adminPost = z.object({ data: z.object({ scheduled: z.boolean().nullable() }) });

/** Asks until `check` holds, for up to `seconds`: the scheduler runs on its own clock. */
const eventually = (check: () => Promise<boolean>, seconds: number) =>
  expect.poll(check, { timeout: seconds * 1000, interval: 250 }).toBe(true);

describe('a scheduled post appears on its publication date, not before', () => {
  let cms: TestCms;
  let api: ApiClient;
  let editor: ApiClient;
  let authorId: string;
  let scheduled: { documentId: string; slug: string; publicationDate: string };
  /** A draft whose date has come but that nobody scheduled. */
  const UNSCHEDULED = 'gewoon-concept';
  const post = (slug: string, extra: object = {}) => ({
    title: `Planning ${slug}`,
    slug,
    content: paragraph('Een bericht dat later verschijnt.'),
    author: authorId,
    ...extra,
  });
  /** Every public way to a post: the list, the entry, and through its author and labels. */
  const publicRoutes = (documentId: string, slug: string) => [
    withQuery('/api/posts', { filters: { slug: { $eq: slug } } }),
    withQuery('/api/posts', { sort: ['publicationDate:desc'], ...all }),
    `/api/posts/${documentId}`,
    withQuery('/api/authors', { populate: { posts: { fields: ['slug'] } }, ...all }),
    withQuery('/api/labels', { populate: { posts: { fields: ['slug'] } }, ...all }),
    withQuery('/api/posts', { _q: 'Planning' }),
  ];
  const refusal = (response: ApiResponse) => {
    expect(response.status, response.text).toBe(400);
    return parseBody(errorBody, response).error.message;
  };
  const adminView = async (documentId: string) =>
    parseBody(adminPost, await contentManager.getPost(editor, documentId)).data;
  const isPublic = async (slug: string) =>
    parseBody(listOf({}), await publicApi(cms.url).get('/api/posts', { filters: { slug: { $eq: slug } } }))
      .meta.pagination.total === 1;

  beforeAll(async () => {
    cms = await bootTestCms({ extraEnv: { SCHEDULE_CRON } });
    api = tokenApi(cms.url, await cms.fullAccessToken());
    editor = await editorApi(cms.url);
    authorId = await demoAuthorId(api);
    // Saved the way an editor schedules in the admin: Ingepland on, a date ahead, Bewaar.
    const slug = 'ingepland-voor-straks';
    const publicationDate = inSeconds(12);
    const saved = await contentManager.createPost(editor, {
      ...post(slug),
      author: { connect: [{ documentId: authorId }] },
      publicationDate,
      scheduled: true,
    });
    scheduled = { documentId: createdId(saved), slug, publicationDate };
    await api.post('/api/posts', post(UNSCHEDULED, { publicationDate: inSeconds(-60) }), { status: 'draft' });
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('before its time, no public route shows the scheduled post', async () => {
    const responses = await Promise.all(
      publicRoutes(scheduled.documentId, scheduled.slug).map((path) => publicApi(cms.url).get(path)),
    );

    expect(Date.now()).toBeLessThan(Date.parse(scheduled.publicationDate));
    for (const response of responses) {
      expect(response.text).not.toContain(scheduled.slug);
    }
    expect((await adminView(scheduled.documentId)).scheduled).toBe(true);
  });

  it('after its time, the scheduler has published it and cleared the schedule', async () => {
    await eventually(() => isPublic(scheduled.slug), 40);

    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(scheduled.publicationDate));
    const entry = await publicApi(cms.url).get(`/api/posts/${scheduled.documentId}`);
    expect(entry.text).toContain(`"publicationDate":"${scheduled.publicationDate}"`);
    expect((await adminView(scheduled.documentId)).scheduled).toBe(false);
  });

  it('a draft whose date has come stays a draft unless it is scheduled', async () => {
    // The scheduler has run by now: it published the scheduled post above.
    expect(await isPublic(UNSCHEDULED)).toBe(false);
  });

  it('publishing a post dated in the future is refused, with the way to schedule it', async () => {
    const nextWeek = { publicationDate: inSeconds(7 * 24 * 3600) };
    const draftId = createdId(await contentManager.createPost(editor, post('volgende-week', nextWeek)));

    const button = await contentManager.publishPost(editor, draftId);
    const restCreate = await api.post('/api/posts', post('volgende-week-rest', nextWeek));
    const restUpdate = await api.put(`/api/posts/${draftId}`, {}, { status: 'published' });

    for (const response of [button, restCreate, restUpdate]) {
      expect(refusal(response)).toMatch(
        /ligt in de toekomst.*Zet 'Ingepland' aan en klik op Bewaar in plaats van Publiceer/,
      );
    }
    expect(await isPublic('volgende-week')).toBe(false);
    expect(await isPublic('volgende-week-rest')).toBe(false);
  });

  it('a scheduled post cannot be published early by hand either', async () => {
    const draftId = createdId(
      await contentManager.createPost(
        editor,
        post('vroeg-gepubliceerd', { publicationDate: inSeconds(3600), scheduled: true }),
      ),
    );

    const response = await contentManager.publishPost(editor, draftId);

    expect(refusal(response)).toMatch(/is ingepland voor .* en verschijnt dan vanzelf/);
  });

  it('scheduling needs a publication date', async () => {
    const response = await contentManager.createPost(editor, post('zonder-datum', { scheduled: true }));

    expect(refusal(response)).toMatch(/Kies een publicatiedatum/);
  });

  it('a scheduled post that breaks the publish rules is taken off the schedule instead of published', async () => {
    const draftId = createdId(
      await api.post(
        '/api/posts',
        post('ingepland-zonder-auteur', { author: null, publicationDate: inSeconds(-5), scheduled: true }),
        {
          status: 'draft',
        },
      ),
    );

    await eventually(async () => (await adminView(draftId)).scheduled === false, 20);

    expect(await isPublic('ingepland-zonder-auteur')).toBe(false);
  });
});
