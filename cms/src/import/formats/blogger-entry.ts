import type { SourcePost, SourceSkipped, SourceTerm } from '../source';
import { atomAuthor, atomBody, atomLink, atomTitle } from './atom';
import { cleanText, optionalText, titleOrPlaceholder } from './clean-text';
import { isoUtc } from './dates';
import { APP, ATOM, BLOGGER, BLOGGER_KIND, KIND_SCHEME } from './namespaces';
import { absoluteUrl, onSite, slugFromUrl, uniqueUrls } from './old-urls';
import { childElement, childElements, childText } from './xml-element';
import type { XmlElement } from './xml-events';

/**
 * Blogger's legacy export tells a post from a comment, a page, the template or a setting by a
 * "kind" category; the current one by <blogger:type>. Templates and settings are not content.
 */
export function entryKind(entry: XmlElement): 'post' | 'page' | 'comment' | 'other' {
  const kindTerm = childElements(entry, ATOM, 'category').find(
    (category) => category.attrs['scheme'] === KIND_SCHEME,
  )?.attrs['term'];
  const legacy = kindTerm?.startsWith(BLOGGER_KIND) ? kindTerm.slice(BLOGGER_KIND.length) : '';
  const kind = (cleanText(childText(entry, BLOGGER, 'type')) || legacy).toUpperCase();
  if (kind === 'POST') return 'post';
  if (kind === 'PAGE') return 'page';
  if (kind === 'COMMENT') return 'comment';
  return 'other';
}

/** Whether Blogger marked the entry with its type or kind, as every entry in its exports is. */
export function isBloggerEntry(entry: XmlElement): boolean {
  const typed = childElements(entry, BLOGGER, 'type').length > 0;
  const kind = childElements(entry, ATOM, 'category').some(
    (category) => category.attrs['scheme'] === KIND_SCHEME,
  );
  return typed || kind;
}

export type EntryOutcome =
  { status: SourcePost['status'] } | { reason: SourceSkipped['reason']; detail?: string };

/** Legacy drafts say <app:draft>yes</app:draft>; the current export has a status, and a trash date. */
export function entryOutcome(entry: XmlElement): EntryOutcome {
  const status = cleanText(childText(entry, BLOGGER, 'status')).toUpperCase();
  if (cleanText(childText(entry, BLOGGER, 'trashed')) || status === 'SOFT_TRASHED')
    return { reason: 'trash' };
  const draft =
    cleanText(childText(childElement(entry, APP, 'control'), APP, 'draft')).toLowerCase() === 'yes';
  if (draft || status === 'DRAFT' || status === 'SCHEDULED') return { status: 'draft' };
  if (status === '' || status === 'LIVE') return { status: 'published' };
  return { reason: 'other', detail: `Het bericht heeft de status "${status}", die we niet kennen.` };
}

/** Labels: in the legacy export in their own scheme, in the current one in the blog's. */
export function entryLabels(entry: XmlElement): SourceTerm[] {
  const names = childElements(entry, ATOM, 'category')
    .filter((category) => category.attrs['scheme'] !== KIND_SCHEME)
    .map((category) => cleanText(category.attrs['term']))
    .filter((name) => name && !name.startsWith('http://schemas.google.com/'));
  return [...new Set(names)].map((name) => ({ kind: 'tag', name }));
}

export function entryKey(entry: XmlElement): string {
  return `blogger:${cleanText(childText(entry, ATOM, 'id'))}`;
}

/** The current export has no links, only the path (blogger:filename); the site's address may be known. */
export function entryPost(entry: XmlElement, status: SourcePost['status'], base?: string): SourcePost {
  const filename = cleanText(childText(entry, BLOGGER, 'filename'));
  const link = absoluteUrl(atomLink(entry));
  const author = atomAuthor(entry);
  const profile = /\/profile\/(\d+)/.exec(author?.uri ?? '')?.[1];
  return {
    kind: 'post',
    key: entryKey(entry),
    title: titleOrPlaceholder(atomTitle(entry)),
    slug: slugFromUrl(filename || link),
    status,
    publishedAt: isoUtc(childText(entry, ATOM, 'published')),
    modifiedAt: isoUtc(childText(entry, ATOM, 'updated')),
    html: atomBody(entry),
    excerpt: optionalText(childText(entry, BLOGGER, 'metaDescription')),
    author: author && { key: profile ?? author.name, name: author.name },
    terms: entryLabels(entry),
    oldUrls: uniqueUrls([link, filename ? onSite(base, filename) : undefined]),
  };
}
