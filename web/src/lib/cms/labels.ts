import { cmsList } from './client';
import { toLabel } from './mappers';
import { labelBySlugQuery } from './queries';
import { isSlug } from './slug';
import { TAGS } from '@fractieblog/contract';
import type { Label } from './types';
import { wireLabel } from './wire';

export async function getLabelBySlug(slug: string): Promise<Label | null> {
  if (!isSlug(slug)) return null;
  const { data } = await cmsList('labels', labelBySlugQuery(slug), wireLabel, [TAGS.label(slug)]);
  const [label] = data;
  return label ? toLabel(label) : null;
}
