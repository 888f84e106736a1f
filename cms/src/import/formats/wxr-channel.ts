import { createHash } from 'node:crypto';
import type { SourceAuthor, SourceTerm } from '../source';
import { cleanText, cleanTitle, htmlToText, optionalText, personName } from './clean-text';
import { RSS, WXR } from './namespaces';
import { siteBase } from './old-urls';
import { wrongFormat } from './problems';
import { outcomeOf, readItem } from './wxr-item';
import { childText, is, textOf } from './xml-element';
import { type XmlElement, type XmlRoot, xmlRecords } from './xml-events';

export type WxrAttachment = { url: string; alt?: string; caption?: string; parent: string; order: number };

/** What the first pass learns, so the second can complete each post as it reads it. */
export type WxrChannel = {
  title?: string;
  base?: string;
  /** By login, from the channel's <wp:author> list. */
  authors: Map<string, SourceAuthor>;
  /** Category slug → its parent's slug, for nested category addresses. */
  categoryParents: Map<string, string>;
  /** By post id: a post's cover or gallery may be an attachment further down the file. */
  attachments: Map<string, WxrAttachment>;
  /** Logins and terms of the posts that will be imported, for their old author and term pages. */
  postAuthors: Set<string>;
  postTerms: Map<string, SourceTerm>;
  comments: number;
};

function checkRoot(root: XmlRoot): number {
  if (root.name !== 'rss' || root.uri !== '' || !root.namespaces.some((ns) => WXR.test(ns))) {
    throw wrongFormat('wxr');
  }
  return 3; // rss > channel > item (and the channel's other children)
}

/** The children of the WXR channel: its title and link, authors, categories, and every item. */
export function wxrRecords(file: string): AsyncGenerator<XmlElement> {
  return xmlRecords(file, { root: checkRoot });
}

export async function readChannel(file: string): Promise<WxrChannel> {
  const channel: WxrChannel = {
    authors: new Map(),
    categoryParents: new Map(),
    attachments: new Map(),
    postAuthors: new Set(),
    postTerms: new Map(),
    comments: 0,
  };
  let blogUrl: string | undefined;
  for await (const element of wxrRecords(file)) {
    if (is(element, RSS, 'title')) channel.title = optionalText(cleanTitle(textOf(element)));
    else if (is(element, RSS, 'link')) channel.base = siteBase(textOf(element));
    else if (is(element, WXR, 'base_blog_url')) blogUrl = siteBase(textOf(element));
    else if (is(element, WXR, 'author')) addAuthor(channel, element);
    else if (is(element, WXR, 'category')) addCategory(channel, element);
    else if (is(element, RSS, 'item')) addItem(channel, element);
  }
  channel.base ??= blogUrl;
  return channel;
}

/** Login and names only: the list also holds e-mail addresses, which must not go public. */
function addAuthor(channel: WxrChannel, element: XmlElement): void {
  const login = cleanText(childText(element, WXR, 'author_login'));
  if (!login) return;
  const fullName = [childText(element, WXR, 'author_first_name'), childText(element, WXR, 'author_last_name')]
    .map(cleanText)
    .join(' ');
  channel.authors.set(
    login,
    wordpressAuthor(login, [childText(element, WXR, 'author_display_name'), fullName]),
  );
}

/**
 * A login can itself be an e-mail address (and the display name then often is too). Such a login
 * names no one and gives no author page: the key becomes a hash of it, the name the first real one.
 */
export function wordpressAuthor(login: string, names: string[]): SourceAuthor {
  const isAddress = login.includes('@');
  const name = names.map(personName).find(Boolean) ?? (isAddress ? 'Auteur zonder naam' : login);
  if (!isAddress) return { key: login, name, slug: login };
  return { key: `login-${createHash('sha256').update(login).digest('hex').slice(0, 16)}`, name };
}

function addCategory(channel: WxrChannel, element: XmlElement): void {
  const slug = cleanText(childText(element, WXR, 'category_nicename'));
  const parent = cleanText(childText(element, WXR, 'category_parent'));
  if (slug && parent) channel.categoryParents.set(slug, parent);
}

function addItem(channel: WxrChannel, element: XmlElement): void {
  const item = readItem(element);
  channel.comments += item.comments;
  const outcome = outcomeOf(item);
  if (outcome.kind === 'attachment' && item.id && item.attachmentUrl) {
    channel.attachments.set(item.id, {
      url: item.attachmentUrl,
      alt: optionalText(item.meta.get('_wp_attachment_image_alt')),
      caption: optionalText(htmlToText(item.excerpt)),
      parent: item.parent,
      order: item.menuOrder,
    });
  }
  if (outcome.kind !== 'post') return;
  if (item.creator) channel.postAuthors.add(item.creator);
  for (const term of item.terms) channel.postTerms.set(`${term.kind}:${term.name.toLowerCase()}`, term);
}
