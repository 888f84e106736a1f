import { cache } from 'react';
import {
  CmsUnavailableError,
  getAuthorBySlug,
  getLabelBySlug,
  getPostBySlug,
  getSite,
  listShareLinks,
} from './cms';
import type { Site } from './cms';
import { FALLBACK_SITE } from './cms/site';

/** Loaders shared by a page and its generateMetadata, so each request asks the CMS once. */

export const loadPost = cache(getPostBySlug);
export const loadAuthor = cache(getAuthorBySlug);
export const loadLabel = cache(getLabelBySlug);
export const loadShareLinks = cache(listShareLinks);

/** The frame of every page; without the CMS it falls back to a plain name rather than fail. */
export const loadSite = cache(async (): Promise<Site> => {
  try {
    return await getSite();
  } catch (error) {
    if (error instanceof CmsUnavailableError) return FALLBACK_SITE;
    throw error;
  }
});
