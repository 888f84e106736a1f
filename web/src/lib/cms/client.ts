import { draftMode } from 'next/headers';
import qs from 'qs';
import { z } from 'zod';
import { env } from '@/env';
import { wirePagination } from './wire';

/** The CMS could not be asked: down, slow, or it answered something unexpected. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsUnavailableError';
  }
}

const TIMEOUT_MS = 8000;
/** Without a message from the CMS, cached data is refreshed after this many seconds at the latest. */
const FALLBACK_REVALIDATE_SECONDS = 3600;

/** Draft mode is on only inside a request of an editor who came through /api/preview. */
async function previewing(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    // Outside a request (build, static params): never a preview.
    return false;
  }
}

/**
 * One GET to the content API. Published content goes through Next's data cache under `tags`, so
 * the CMS can invalidate exactly what changed; a preview reads drafts with the read-only token
 * and is never cached.
 */
async function request(path: string, query: object, tags: string[]): Promise<unknown> {
  const preview = env.previewToken !== undefined && (await previewing());
  const search = qs.stringify(preview ? { ...query, status: 'draft' } : query, { encodeValuesOnly: true });
  const init: RequestInit = preview
    ? {
        cache: 'no-store',
        headers: { Accept: 'application/json', Authorization: `Bearer ${env.previewToken}` },
      }
    : {
        cache: 'force-cache',
        next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS },
        headers: { Accept: 'application/json' },
      };
  let response: Response;
  try {
    response = await fetch(`${env.cmsUrl}/api/${path}?${search}`, {
      ...init,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS niet bereikbaar voor ${path}`, { cause: error });
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    throw new CmsUnavailableError(`CMS antwoordde ${response.status} voor ${path}`);
  }
  return response.json();
}

function parse<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new CmsUnavailableError(`Onverwacht antwoord van het CMS voor ${path}: ${result.error.message}`);
  }
  return result.data;
}

const EMPTY_PAGE = { data: [], meta: { pagination: { page: 1, pageSize: 0, pageCount: 0, total: 0 } } };

/** A collection query: the items and Strapi's page counts. */
export async function cmsList<T>(path: string, query: object, item: z.ZodType<T>, tags: string[]) {
  const envelope = z.object({ data: z.array(item), meta: z.object({ pagination: wirePagination }) });
  const body = await request(path, query, tags);
  return parse(envelope, body ?? EMPTY_PAGE, path);
}

/** A single type; null when it has not been filled in yet. */
export async function cmsSingle<T>(
  path: string,
  query: object,
  item: z.ZodType<T>,
  tags: string[],
): Promise<T | null> {
  const body = await request(path, query, tags);
  if (body === null) return null;
  return parse(z.object({ data: item }), body, path).data;
}
