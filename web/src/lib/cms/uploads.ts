import { env } from '@/env';

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Whether a name can be an upload's file name (Strapi's hashed names); anything else is a 404. */
export function isUploadName(name: string): boolean {
  return FILE_NAME.test(name);
}

/**
 * A media file from the CMS's upload folder, for the site's own /uploads route. Throws when the
 * CMS cannot be reached; the caller decides what the reader sees.
 */
export function fetchUpload(name: string, ifNoneMatch: string | null): Promise<Response> {
  return fetch(`${env.cmsUrl}/uploads/${encodeURIComponent(name)}`, {
    headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {},
    cache: 'no-store',
    signal: AbortSignal.timeout(10_000),
  });
}
