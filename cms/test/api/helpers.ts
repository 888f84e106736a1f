/** Talks to a booted test CMS the way its clients do: the public, an API token, an editor. */
import qs from 'qs';
import { z } from 'zod';
import { adminLogin } from '../../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';

export type ApiResponse = { status: number; text: string; body: unknown };

/** A path with a query string written the way the site writes it (brackets readable, values encoded). */
export function withQuery(path: string, query: object = {}): string {
  const search = qs.stringify(query, { encodeValuesOnly: true });
  if (!search) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${search}`;
}

async function send(url: string, init: RequestInit): Promise<ApiResponse> {
  const response = await fetch(url, { ...init, redirect: 'manual' });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: `text` still says what came back
  }
  return { status: response.status, text, body };
}

export type ApiClient = {
  get: (path: string, query?: object, headers?: Record<string, string>) => Promise<ApiResponse>;
  /** Sends `{ data }`, the envelope Strapi's content API expects. */
  post: (path: string, data: object, query?: object) => Promise<ApiResponse>;
  put: (path: string, data: object, query?: object) => Promise<ApiResponse>;
  delete: (path: string) => Promise<ApiResponse>;
  /** Sends JSON without the `{ data }` envelope: logins, sign-ups, the admin API. */
  json: (method: string, path: string, value: object) => Promise<ApiResponse>;
  /** Sends a body as is: multipart uploads. */
  raw: (method: string, path: string, body: BodyInit) => Promise<ApiResponse>;
};

function client(cmsUrl: string, auth: Record<string, string>): ApiClient {
  const jsonHeaders = { ...auth, 'Content-Type': 'application/json' };
  return {
    get: (path, query, headers) =>
      send(`${cmsUrl}${withQuery(path, query)}`, { headers: { ...auth, ...headers } }),
    post: (path, data, query) =>
      send(`${cmsUrl}${withQuery(path, query)}`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ data }),
      }),
    put: (path, data, query) =>
      send(`${cmsUrl}${withQuery(path, query)}`, {
        method: 'PUT',
        headers: jsonHeaders,
        body: JSON.stringify({ data }),
      }),
    delete: (path) => send(`${cmsUrl}${path}`, { method: 'DELETE', headers: auth }),
    json: (method, path, value) =>
      send(`${cmsUrl}${path}`, { method, headers: jsonHeaders, body: JSON.stringify(value) }),
    raw: (method, path, body) => send(`${cmsUrl}${path}`, { method, headers: auth, body }),
  };
}

/** A visitor or a scraper: no credentials at all. */
export const publicApi = (cmsUrl: string): ApiClient => client(cmsUrl, {});

/** The site's server or an integration, with an API token from Settings → API Tokens. */
export const tokenApi = (cmsUrl: string, token: string): ApiClient =>
  client(cmsUrl, { Authorization: `Bearer ${token}` });

/** An editor logged in to the admin panel: the admin API (content manager, media library). */
export async function editorApi(cmsUrl: string): Promise<ApiClient> {
  const jwt = await adminLogin(cmsUrl, TEST_ADMIN.email, TEST_ADMIN.password);
  return client(cmsUrl, { Authorization: `Bearer ${jwt}` });
}

/**
 * The editor's Publish and Unpublish buttons. Strapi 5's content API has no unpublish at all:
 * `PUT ?status=draft` only edits the draft and `DELETE` removes every version.
 */
export async function editorPostAction(
  cmsUrl: string,
  action: 'publish' | 'unpublish',
  documentId: string,
): Promise<ApiResponse> {
  const editor = await editorApi(cmsUrl);
  return editor.json(
    'POST',
    `/content-manager/collection-types/api::post.post/${documentId}/actions/${action}`,
    {},
  );
}

/** Narrows a response body; a mismatch fails with the status and body, which say more than zod alone. */
export function parseBody<T>(schema: z.ZodType<T>, response: ApiResponse): T {
  const result = schema.safeParse(response.body);
  if (!result.success) {
    throw new Error(
      `Onverwacht antwoord (${response.status}): ${response.text.slice(0, 500)}\n${result.error.message}`,
    );
  }
  return result.data;
}

const pagination = z.object({ pagination: z.object({ total: z.number() }) });

/** A collection response whose items have (at least) the given fields. */
export const listOf = <T extends z.ZodRawShape>(item: T) =>
  z.object({ data: z.array(z.object(item)), meta: pagination });

/** A single-entry response whose entry has (at least) the given fields. */
export const entryOf = <T extends z.ZodRawShape>(item: T) => z.object({ data: z.object(item) });

export const errorBody = z.object({
  data: z.null(),
  error: z.object({ status: z.number(), name: z.string(), message: z.string(), details: z.unknown() }),
});

export const isSuccess = (response: ApiResponse): boolean => response.status >= 200 && response.status < 300;

/** A block body with one paragraph: the least a post needs. */
/** The documentId of the demo author, whom test posts are written by. */
export async function demoAuthorId(api: ApiClient): Promise<string> {
  const authors = await api.get('/api/authors', { filters: { slug: { $eq: DEMO.author.slug } } });
  return parseBody(listOf({ documentId: z.string() }), authors).data[0]?.documentId ?? '';
}

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** A valid 1×1 PNG, so tests need no image file on disk. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart upload body as the media library sends it. */
export function imageUpload(name: string, alternativeText: string): FormData {
  const form = new FormData();
  form.append('files', new Blob([TINY_PNG], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText }));
  return form;
}
