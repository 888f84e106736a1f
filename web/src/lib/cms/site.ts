import { cmsSingle } from './client';
import { toSite } from './mappers';
import { siteQuery } from './queries';
import { TAGS } from '@fractieblog/contract';
import type { Site } from './types';
import { wireSite } from './wire';

/** The site's frame until an editor fills in the settings, or while the CMS cannot be asked. */
export const FALLBACK_SITE: Site = {
  name: 'Fractieblog',
  tagline: null,
  description: null,
  logo: null,
  shareImage: null,
  socialLinks: [],
};

/** The site settings; until an editor fills them in, a plain default. */
export async function getSite(): Promise<Site> {
  const wire = await cmsSingle('site', siteQuery(), wireSite, [TAGS.site]);
  return wire ? toSite(wire) : FALLBACK_SITE;
}
