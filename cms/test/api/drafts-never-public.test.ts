import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import {
  all,
  DISGUISES,
  DRAFT_MARKER,
  DRAFT_QUESTIONS,
  ORACLES,
  SIDE_DOORS,
  type Draft,
  type Probe,
} from './draft-probes';
import {
  errorBody,
  isSuccess,
  listOf,
  parseBody,
  publicApi,
  tokenApi,
  withQuery,
  type ApiClient,
  type ApiResponse,
} from './helpers';

describe('the draft is never public', () => {
  let cms: TestCms;
  let draft: Draft;
  let reader: ApiClient;
  const pathOf = ([, path]: Probe) => (typeof path === 'string' ? path : path(draft));
  const ask = (probe: Probe): Promise<ApiResponse> =>
    publicApi(cms.url).get(pathOf(probe), undefined, probe[2]);
  const expectNoDraft = (response: ApiResponse) => {
    expect(response.text, `status ${response.status}`).not.toMatch(DRAFT_MARKER);
    expect(response.text).not.toContain(draft.documentId);
  };

  beforeAll(async () => {
    cms = await bootTestCms();
    reader = tokenApi(cms.url, await cms.readOnlyToken());
    const found = await reader.get('/api/posts', {
      status: 'draft',
      fields: ['title'],
      populate: { author: { fields: ['name'] }, labels: { fields: ['name'] } },
      filters: { slug: { $eq: DEMO.draft.slug } },
    });
    const [entry] = parseBody(
      listOf({
        documentId: z.string(),
        author: z.object({ documentId: z.string() }),
        labels: z.array(z.object({ documentId: z.string() })),
      }),
      found,
    ).data;
    if (!entry) throw new Error(`demo draft ${DEMO.draft.slug} not found with a token`);
    draft = {
      documentId: entry.documentId,
      authorId: entry.author.documentId,
      labelIds: entry.labels.map((label) => label.documentId),
    };
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('control: a read-only token does read the draft, and no published post looks like it', async () => {
    const withToken = await reader.get(`/api/posts/${draft.documentId}`, { status: 'draft' });
    const everythingPublished = await publicApi(cms.url).get('/api/posts', all);

    expect(withToken.status).toBe(200);
    expect(withToken.text).toMatch(DRAFT_MARKER);
    expect(withToken.text).toContain(DEMO.draft.title);
    expect(parseBody(listOf({}), everythingPublished).meta.pagination.total).toBe(DEMO.counts.published);
    expectNoDraft(everythingPublished);
  });

  it('control: status=published is still allowed without a token', async () => {
    const response = await publicApi(cms.url).get('/api/posts', { status: 'published' });

    expect(parseBody(listOf({}), response).meta.pagination.total).toBe(DEMO.counts.published);
  });

  it.each(DRAFT_QUESTIONS)('asking for drafts is refused with 401: %s', async (...probe) => {
    const response = await ask(probe);

    expect(response.status).toBe(401);
    expect(parseBody(errorBody, response).error.message).toMatch(/API-token/);
    expectNoDraft(response);
  });

  it.each(SIDE_DOORS)('control: with a token and status=draft, %s does reach the draft', async (...probe) => {
    const response = await reader.get(withQuery(pathOf(probe), { status: 'draft' }));

    expect(response.text).toMatch(DRAFT_MARKER);
  });

  it.each(SIDE_DOORS)('no draft through %s', async (...probe) => {
    const response = await ask(probe);

    expectNoDraft(response);
  });

  it.each(DISGUISES)('no draft behind %s', async (...probe) => {
    const response = await ask(probe);

    expect(isSuccess(response), response.text.slice(0, 300)).toBe(false);
    expectNoDraft(response);
  });

  it('control: with a token, a filter over relations finds the author of a published post', async () => {
    const response = await reader.get('/api/authors', {
      filters: { posts: { slug: { $eq: DEMO.workVisit.slug } } },
    });

    const found = parseBody(listOf({ slug: z.string() }), response).data;
    expect(found.map((author) => author.slug)).toEqual([DEMO.workVisit.authorSlug]);
  });

  it('without a token, a filter over the posts relation is refused with a clear message', async () => {
    const response = await publicApi(cms.url).get('/api/authors', {
      filters: { posts: { slug: { $eq: DEMO.workVisit.slug } } },
    });

    expect(response.status).toBe(401);
    expect(response.text).toContain('alleen met een API-token');
  });

  it.each(ORACLES)('a filter over relations does not see the draft: %s', async (...probe) => {
    const response = await ask(probe);

    const found = isSuccess(response) ? parseBody(listOf({}), response).data : [];
    expect(found, response.text.slice(0, 300)).toEqual([]);
  });
});
