import { cmsList } from './client';
import { toShareLink } from './mappers';
import { shareLinksQuery } from './queries';
import { TAGS } from '@fractieblog/contract';
import type { ShareLink } from './types';
import { wireShareLink } from './wire';

/** The enabled share buttons, in the order the editors gave them. */
export async function listShareLinks(): Promise<ShareLink[]> {
  const { data } = await cmsList('share-links', shareLinksQuery(), wireShareLink, [TAGS.shareLinks]);
  return data.map(toShareLink);
}
