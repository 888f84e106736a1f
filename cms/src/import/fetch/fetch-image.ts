import { FetchRefused } from './fetch-refused';
import { imageType, looksLikeSvg } from './image-type';
import type { ImageType } from './image-type';
import type { FetchLimits, FetchPolicy } from './policy';
import { fetchRemoteWith } from './safe-fetch';

export type RemoteImage = ImageType & { bytes: Buffer; finalUrl: string };

/** fetchImage, with the policy the tests replace (index.ts passes the real one). */
export async function fetchImageWith(
  url: string,
  limits: FetchLimits,
  policy: FetchPolicy,
): Promise<RemoteImage> {
  const { bytes, finalUrl } = await fetchRemoteWith(url, limits, policy);
  const type = imageType(bytes);
  if (type) return { ...type, bytes, finalUrl };
  const host = new URL(finalUrl).host;
  // SVG is XML that browsers run scripts from; served from the site's own media URL it would be XSS.
  throw new FetchRefused(
    looksLikeSvg(bytes)
      ? `SVG-afbeelding van ${host} geweigerd: die kan scripts bevatten.`
      : `Bestand van ${host} is geen JPEG-, PNG-, GIF- of WebP-afbeelding; geweigerd.`,
  );
}
