import type { SourceEvent, SourceTerm, SourceTermPage } from '../source';
import { RSS } from './namespaces';
import { onSite, uniqueUrls } from './old-urls';
import { readChannel, type WxrChannel, wxrRecords } from './wxr-channel';
import { readItem } from './wxr-item';
import { authorFor, itemEvent } from './wxr-post';
import { commentsWarning } from './warnings';
import { is } from './xml-element';

/**
 * A WordPress export (WXR 1.0–1.2), read twice: first for the channel's authors and the attachments
 * (a post's cover may be listed after the post), then item by item. The first pass also reads the
 * whole file through, so a broken file stops the import before the first post.
 */
export async function* readWxr(file: string): AsyncGenerator<SourceEvent> {
  const channel = await readChannel(file);
  yield { kind: 'site', format: 'wxr', title: channel.title, url: channel.base };
  for (const login of channel.postAuthors) {
    const author = authorFor(channel, login);
    if (author?.slug)
      yield { kind: 'author', author, oldUrls: [onSite(channel.base, `/author/${author.slug}/`)] };
  }
  for (const term of channel.postTerms.values()) yield termPage(term, channel);
  for await (const element of wxrRecords(file)) {
    if (!is(element, RSS, 'item')) continue;
    const event = itemEvent(readItem(element), channel);
    if (event) yield event;
  }
  if (channel.comments > 0) yield { kind: 'warning', message: commentsWarning(channel.comments) };
}

/** A child category lives at /category/parent/child/; WordPress also answers /category/child/. */
function termPage(term: SourceTerm, channel: WxrChannel): SourceTermPage {
  if (!term.slug) return { kind: 'term', term, oldUrls: [] };
  if (term.kind === 'tag')
    return { kind: 'term', term, oldUrls: [onSite(channel.base, `/tag/${term.slug}/`)] };
  const chain = [term.slug];
  for (let parent = channel.categoryParents.get(term.slug); parent && chain.length < 10;) {
    if (chain.includes(parent)) break;
    chain.unshift(parent);
    parent = channel.categoryParents.get(parent);
  }
  const paths = [`/category/${chain.join('/')}/`, `/category/${term.slug}/`];
  return { kind: 'term', term, oldUrls: uniqueUrls(paths.map((path) => onSite(channel.base, path))) };
}
