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

async function request(path: string, query: object): Promise<unknown> {
  const url = `${env.cmsUrl}/api/${path}?${qs.stringify(query, { encodeValuesOnly: true })}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
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

/** A collection query: the items and Strapi's page counts. */
export async function cmsList<T>(path: string, query: object, item: z.ZodType<T>) {
  const envelope = z.object({
    data: z.array(item),
    meta: z.object({ pagination: wirePagination }),
  });
  const body = await request(path, query);
  return parse(
    envelope,
    body ?? { data: [], meta: { pagination: { page: 1, pageSize: 0, pageCount: 0, total: 0 } } },
    path,
  );
}

/** A single type; null when it has not been filled in yet. */
export async function cmsSingle<T>(path: string, query: object, item: z.ZodType<T>): Promise<T | null> {
  const body = await request(path, query);
  if (body === null) return null;
  return parse(z.object({ data: item }), body, path).data;
}
