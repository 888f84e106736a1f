import type { SourceEvent } from '../source';
import { authorOf, isPageLink } from './atom';
import { cleanTitle, optionalText } from './clean-text';
import { isBloggerEntry } from './blogger-entry';
import { atomPost, rssPost } from './feed-item';
import { ATOM, BLOGGER, RSS, WXR } from './namespaces';
import { siteBase } from './old-urls';
import { wrongFormat } from './problems';
import { feedWarning } from './warnings';
import { is, textOf } from './xml-element';
import { type XmlElement, type XmlRoot, xmlRecords } from './xml-events';

type Survey = { title?: string; base?: string; author?: string; count: number };

/**
 * Read as a feed, a WordPress or Blogger export would turn its drafts, pages and comments into
 * published posts: those are refused here, by their namespaces and by Blogger's kind categories.
 */
function checkRoot(root: XmlRoot): number {
  if (root.namespaces.some((ns) => WXR.test(ns) || ns === BLOGGER)) throw wrongFormat('feed');
  if (root.name === 'rss' && root.uri === RSS) return 3; // rss > channel > item
  if (root.name === 'feed' && root.uri === ATOM) return 2; // feed > entry
  throw wrongFormat('feed');
}

const feedRecords = (file: string): AsyncGenerator<XmlElement> => xmlRecords(file, { root: checkRoot });
const isItem = (element: XmlElement) => is(element, RSS, 'item') || is(element, ATOM, 'entry');

/** The whole file is read first, so a broken feed stops the import before the first post. */
async function survey(file: string): Promise<Survey> {
  const found: Survey = { count: 0 };
  for await (const element of feedRecords(file)) {
    if (is(element, ATOM, 'entry') && isBloggerEntry(element)) throw wrongFormat('feed');
    if (isItem(element)) {
      found.count += 1;
    } else if (is(element, RSS, 'title') || is(element, ATOM, 'title')) {
      found.title = optionalText(cleanTitle(textOf(element)));
    } else if (is(element, RSS, 'link')) {
      found.base ??= siteBase(textOf(element));
    } else if (is(element, ATOM, 'link') && isPageLink(element)) {
      found.base ??= siteBase(element.attrs['href']);
    } else if (is(element, ATOM, 'author')) {
      found.author = authorOf(element)?.name;
    }
  }
  return found;
}

/** An RSS 2.0 or Atom feed: only the latest posts, all of them published, which the editor is told. */
export async function* readFeed(file: string): AsyncGenerator<SourceEvent> {
  const { title, base, author, count } = await survey(file);
  yield { kind: 'site', format: 'feed', title, url: base };
  yield { kind: 'warning', message: feedWarning(count) };
  for await (const element of feedRecords(file)) {
    if (is(element, RSS, 'item')) yield rssPost(element, base);
    else if (is(element, ATOM, 'entry')) yield atomPost(element, base, author);
  }
}
