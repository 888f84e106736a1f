/**
 * The importer's only way to download from addresses found in an export: those addresses are the
 * export author's choice, so every download is checked as if an attacker wrote it (SSRF, endless or
 * huge bodies, HTML or SVG posing as an image).
 */
import { downloadToFileWith } from './download-to-file';
import { fetchImageWith } from './fetch-image';
import type { RemoteImage } from './fetch-image';
import { defaultPolicy } from './policy';
import type { FetchLimits } from './policy';
import { fetchRemoteWith } from './safe-fetch';
import type { RemoteFile } from './safe-fetch';

export { FetchRefused } from './fetch-refused';
export { isPublicAddress } from './public-address';
export { originalImageUrl } from './original-image-url';
export type { FetchLimits, RemoteFile, RemoteImage };

/** Downloads an http(s) URL to memory, or throws FetchRefused. */
export function fetchRemote(url: string, limits: FetchLimits): Promise<RemoteFile> {
  return fetchRemoteWith(url, limits, defaultPolicy(limits));
}

/** Downloads an image; refuses anything whose bytes are not JPEG, PNG, GIF or WebP (SVG too). */
export function fetchImage(url: string, limits: FetchLimits): Promise<RemoteImage> {
  return fetchImageWith(url, limits, defaultPolicy(limits));
}

/** Streams an http(s) URL into a file (feed and export URLs), with the same checks. */
export function downloadToFile(
  url: string,
  file: string,
  limits: FetchLimits,
): Promise<{ bytes: number; contentType: string | null }> {
  return downloadToFileWith(url, file, limits, defaultPolicy(limits));
}
