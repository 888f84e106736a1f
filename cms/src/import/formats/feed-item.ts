import type { SourceAuthor, SourcePost, SourceTerm } from '../source';
import { atomAuthor, atomBody, atomHtml, atomLink, atomTitle } from './atom';
import {
  cleanHtml,
  cleanText,
  cleanTitle,
  htmlToText,
  optionalText,
  personName,
  titleOrPlaceholder,
} from './clean-text';
import { isoUtc } from './dates';
import { ATOM, CONTENT, DUBLIN_CORE, RSS } from './namespaces';
import { absoluteUrl, isPostIdUrl, slugFromUrl, uniqueUrls } from './old-urls';
import { childElement, childElements, childText, textOf } from './xml-element';
import type { XmlElement } from './xml-events';

const authorNamed = (name: string | undefined): SourceAuthor | undefined =>
  name ? { key: name, name } : undefined;

/** Each term once, as first spelled: feeds repeat a label in other capitals. */
function unique(terms: SourceTerm[]): SourceTerm[] {
  const byName = new Map<string, SourceTerm>();
  for (const term of terms) {
    const key = term.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, term);
  }
  return [...byName.values()];
}

/**
 * An RSS 2.0 item. WordPress feeds put the body in content:encoded and the excerpt in description;
 * most others have only the description. The guid is the old address when it says it is a
 * permalink, or when it is WordPress's "?p=123".
 */
export function rssPost(item: XmlElement, base?: string): SourcePost {
  const link = absoluteUrl(childText(item, RSS, 'link'), base);
  const guidElement = childElement(item, RSS, 'guid');
  const guid = cleanText(textOf(guidElement));
  const guidIsPage = guidElement?.attrs['isPermaLink'] !== 'false' || isPostIdUrl(guid);
  const content = cleanHtml(childText(item, CONTENT, 'encoded'));
  const description = cleanHtml(childText(item, RSS, 'description'));
  const title = childText(item, RSS, 'title');
  const creator =
    personName(childText(item, DUBLIN_CORE, 'creator')) ?? personName(childText(item, RSS, 'author'));
  return {
    kind: 'post',
    key: `feed:${guid || link || cleanTitle(title)}`,
    title: titleOrPlaceholder(title),
    slug: slugFromUrl(link),
    status: 'published',
    publishedAt: isoUtc(childText(item, RSS, 'pubDate')) ?? isoUtc(childText(item, DUBLIN_CORE, 'date')),
    html: content || description,
    excerpt: content ? optionalText(htmlToText(description)) : undefined,
    author: authorNamed(creator),
    terms: unique(
      childElements(item, RSS, 'category')
        .map((category) => cleanTitle(textOf(category)))
        .filter(Boolean)
        .map((name) => ({ kind: 'category', name })),
    ),
    oldUrls: uniqueUrls([link, guidIsPage ? absoluteUrl(guid) : undefined]),
  };
}

/** An Atom entry; a feed-level author stands in for entries without their own. */
export function atomPost(entry: XmlElement, base?: string, feedAuthor?: string): SourcePost {
  const link = absoluteUrl(atomLink(entry), base);
  const id = cleanText(childText(entry, ATOM, 'id'));
  const hasContent = childElement(entry, ATOM, 'content') !== undefined;
  const updated = isoUtc(childText(entry, ATOM, 'updated'));
  return {
    kind: 'post',
    key: `feed:${id || link || atomTitle(entry)}`,
    title: titleOrPlaceholder(atomTitle(entry)),
    slug: slugFromUrl(link),
    status: 'published',
    publishedAt: isoUtc(childText(entry, ATOM, 'published')) ?? updated,
    modifiedAt: updated,
    html: atomBody(entry),
    excerpt: hasContent
      ? optionalText(htmlToText(atomHtml(childElement(entry, ATOM, 'summary'))))
      : undefined,
    author: authorNamed(atomAuthor(entry)?.name ?? feedAuthor),
    terms: unique(
      childElements(entry, ATOM, 'category')
        .map((category) => cleanTitle(category.attrs['label'] ?? category.attrs['term']))
        .filter(Boolean)
        .map((name) => ({ kind: 'category', name })),
    ),
    oldUrls: uniqueUrls([link]),
  };
}
