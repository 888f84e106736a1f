import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { entryOf, errorBody, listOf, parseBody, tokenApi, type ApiClient, type ApiResponse } from './helpers';

const STARTS_SAFELY = /moet beginnen met https:\/\/ of mailto:/;

/** Templates an editor might type, and the Dutch message that tells them what to change. */
const REFUSED: [what: string, urlTemplate: string, message: RegExp][] = [
  ['plain http', 'http://www.facebook.com/sharer/sharer.php?u={url}', STARTS_SAFELY],
  ['a javascript: url', 'javascript:alert({url})', STARTS_SAFELY],
  ['a protocol-relative url', '//evil.example/?u={url}', STARTS_SAFELY],
  ['no {url}', 'https://x.com/intent/post?text={title}', /moet \{url\} bevatten/],
  [
    'an unknown placeholder',
    'https://x.com/intent/post?url={url}&via={foo}',
    /Onbekende plaatshouder\(s\): \{foo\}/,
  ],
  ['a double quote', 'https://x.com/intent/post?url={url}"onclick="alert(1)', /aanhalingstekens/],
  ['a single quote', "https://x.com/intent/post?url={url}'", /aanhalingstekens/],
  ['a space', 'https://x.com/intent/post?url={url} extra', /spaties/],
  ['a stray brace', 'https://x.com/intent/post?url={url}}', /losse \{ of \}/],
  ['nothing', '', /Vul een URL-sjabloon in/],
];

const shareLink = (urlTemplate: string) => ({
  platform: 'x',
  label: 'Deel op X',
  urlTemplate,
  order: 7,
  enabled: true,
});

describe('share link templates are validated', () => {
  let cms: TestCms;
  let editor: ApiClient;
  const templates = async () =>
    parseBody(listOf({ urlTemplate: z.string() }), await editor.get('/api/share-links', { sort: ['id:asc'] }))
      .data;
  const expectRefusal = (response: ApiResponse, message: RegExp) => {
    expect(response.status).toBe(400);
    const { error } = parseBody(errorBody, response);
    expect(error.message).toMatch(message);
    // The admin shows the message next to the field named here.
    expect(JSON.stringify(error.details)).toContain('"path":["urlTemplate"]');
  };

  beforeAll(async () => {
    cms = await bootTestCms();
    editor = tokenApi(cms.url, await cms.fullAccessToken());
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it.each(REFUSED)('a new share link with %s is refused', async (_what, urlTemplate, message) => {
    const before = await templates();

    const response = await editor.post('/api/share-links', shareLink(urlTemplate));

    expectRefusal(response, message);
    expect(await templates()).toEqual(before);
  });

  it.each(REFUSED)('changing a share link to %s is refused', async (_what, urlTemplate, message) => {
    const before = await templates();
    const [first] = parseBody(listOf({ documentId: z.string() }), await editor.get('/api/share-links')).data;

    const response = await editor.put(`/api/share-links/${first?.documentId}`, { urlTemplate });

    expectRefusal(response, message);
    expect(await templates()).toEqual(before);
  });

  it('a good template with every placeholder is accepted', async () => {
    const urlTemplate = 'mailto:?subject={title}&body={text}%0A%0A{url}';

    const response = await editor.post('/api/share-links', shareLink(urlTemplate));

    expect(response.status, response.text).toBe(201);
    expect(parseBody(entryOf({ urlTemplate: z.string() }), response).data.urlTemplate).toBe(urlTemplate);
    expect(await templates()).toHaveLength(DEMO.counts.shareLinks + 1);
  });

  it('changing only the label of a share link leaves its template alone', async () => {
    const [first] = parseBody(
      listOf({ documentId: z.string(), urlTemplate: z.string() }),
      await editor.get('/api/share-links'),
    ).data;

    const response = await editor.put(`/api/share-links/${first?.documentId}`, {
      label: 'Deel het op Facebook',
    });

    expect(response.status, response.text).toBe(200);
    expect(parseBody(entryOf({ urlTemplate: z.string() }), response).data.urlTemplate).toBe(
      first?.urlTemplate,
    );
  });
});
