import type { SourcePost, SourceSkipped } from '../source';
import { cleanHtml, cleanText, htmlToText, optionalText, titleOrPlaceholder } from './clean-text';
import { isoUtc } from './dates';
import type { GhostTables } from './ghost-tables';
import { type JsonObject, rawField, stringField } from './json-values';
import { onSite } from './old-urls';
import { escapeText } from './xml-element';

type Outcome = { status: SourcePost['status'] } | { reason: SourceSkipped['reason']; detail?: string };

const NEWSLETTER = 'Dit bericht is alleen als nieuwsbrief verstuurd en stond niet op de site.';

/** Ghost 4+ has "type"; before that a page was a post with page: true. */
export function postOutcome(post: JsonObject, tables: GhostTables): Outcome {
  const page = rawField(post, 'page');
  const type = stringField(post, 'type') ?? (page === true || page === 1 ? 'page' : 'post');
  if (type === 'page') return { reason: 'page' };
  if (type !== 'post') {
    return { reason: 'other', detail: `Inhoud van het soort "${type}" nemen we niet over.` };
  }
  const visibility = stringField(post, 'visibility') ?? 'public';
  if (visibility !== 'public') {
    return { reason: 'private', detail: 'Alleen leden van de oude site konden dit bericht lezen.' };
  }
  const status = stringField(post, 'status') ?? 'draft';
  if (status === 'sent' || tables.emailOnly.has(stringField(post, 'id') ?? '')) {
    return { reason: 'other', detail: NEWSLETTER };
  }
  if (status === 'published') return { status: 'published' };
  if (status === 'draft' || status === 'scheduled') return { status: 'draft' };
  return { reason: 'other', detail: `Het bericht heeft de status "${status}", die we niet kennen.` };
}

/** Ghost writes its own address as __GHOST_URL__ so an export can move; without one, paths stay. */
function withSiteUrl(value: string, base: string | undefined): string {
  return value.split('__GHOST_URL__').join(base ?? '');
}

/** Without HTML (an export edited by hand) the plain text still makes a readable post. */
export function bodyOf(post: JsonObject, base: string | undefined): { html: string; fromPlainText: boolean } {
  const html = cleanHtml(stringField(post, 'html'));
  if (html) return { html: withSiteUrl(html, base), fromPlainText: false };
  const paragraphs = cleanText(stringField(post, 'plaintext'))
    .split(/\n\s*\n/)
    .filter((text) => text.trim());
  return {
    html: paragraphs.map((text) => `<p>${escapeText(text.trim())}</p>`).join(''),
    fromPlainText: true,
  };
}

export function ghostPost(
  post: JsonObject,
  status: SourcePost['status'],
  html: string,
  tables: GhostTables,
): SourcePost {
  const id = stringField(post, 'id') ?? '';
  const slug = optionalText(stringField(post, 'slug'));
  const meta = tables.postMeta.get(id);
  const image = optionalText(stringField(post, 'feature_image'));
  const authorId = tables.postAuthors.get(id)?.[0] ?? stringField(post, 'author_id');
  const tagIds = tables.postTags.get(id) ?? [];
  return {
    kind: 'post',
    key: `ghost:${id}`,
    title: titleOrPlaceholder(stringField(post, 'title')),
    slug,
    status,
    publishedAt: isoUtc(rawField(post, 'published_at')),
    modifiedAt: isoUtc(rawField(post, 'updated_at')),
    html,
    excerpt: optionalText(stringField(post, 'custom_excerpt')),
    author: authorId ? tables.users.get(authorId) : undefined,
    terms: tagIds.flatMap((tagId) => tables.tags.get(tagId) ?? []),
    cover: image
      ? {
          url: withSiteUrl(image, tables.base),
          alt: meta?.alt,
          caption: optionalText(htmlToText(meta?.caption)),
        }
      : undefined,
    oldUrls: slug ? [onSite(tables.base, `/${slug}/`)] : [],
  };
}
