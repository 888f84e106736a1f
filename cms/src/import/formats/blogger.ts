import type { SourceEvent, SourceTerm } from '../source';
import { atomTitle, isPageLink } from './atom';
import { cleanTitle, optionalText, titleOrPlaceholder } from './clean-text';
import { ATOM } from './namespaces';
import { onSite, siteBase } from './old-urls';
import { wrongFormat } from './problems';
import {
  type EntryOutcome,
  entryKey,
  entryKind,
  entryLabels,
  entryOutcome,
  entryPost,
  isBloggerEntry,
} from './blogger-entry';
import { commentsWarning } from './warnings';
import { is, textOf } from './xml-element';
import { type XmlElement, type XmlRoot, xmlRecords } from './xml-events';

type Survey = {
  title?: string;
  base?: string;
  labels: Map<string, SourceTerm>;
  comments: number;
  entries: number;
  known: number;
};

function checkRoot(root: XmlRoot): number {
  if (root.name !== 'feed' || root.uri !== ATOM) throw wrongFormat('blogger');
  return 2; // feed > entry
}

const feedChildren = (file: string): AsyncGenerator<XmlElement> => xmlRecords(file, { root: checkRoot });

/** Reading the whole file first means a broken export stops the import before the first post. */
async function survey(file: string): Promise<Survey> {
  const found: Survey = { labels: new Map(), comments: 0, entries: 0, known: 0 };
  for await (const element of feedChildren(file)) {
    if (is(element, ATOM, 'title')) found.title = optionalText(cleanTitle(textOf(element)));
    else if (is(element, ATOM, 'link') && isPageLink(element)) found.base ??= siteBase(element.attrs['href']);
    else if (is(element, ATOM, 'entry')) {
      const kind = entryKind(element);
      found.entries += 1;
      if (isBloggerEntry(element)) found.known += 1;
      const outcome = entryOutcome(element);
      if (kind === 'comment' && !('reason' in outcome)) found.comments += 1;
      if (kind !== 'post' || 'reason' in outcome) continue;
      for (const label of entryLabels(element)) found.labels.set(label.name, label);
    }
  }
  // Entries none of which Blogger marked: an ordinary Atom feed, whose posts would all be lost here.
  if (found.entries > 0 && found.known === 0) throw wrongFormat('blogger');
  return found;
}

/** A Blogger export, legacy (Atom with kind categories) or current (the blogger: namespace). */
export async function* readBlogger(file: string): AsyncGenerator<SourceEvent> {
  const { title, base, labels, comments } = await survey(file);
  yield { kind: 'site', format: 'blogger', title, url: base };
  for (const term of labels.values()) {
    yield { kind: 'term', term, oldUrls: [onSite(base, `/search/label/${encodeURIComponent(term.name)}`)] };
  }
  for await (const entry of feedChildren(file)) {
    if (!is(entry, ATOM, 'entry')) continue;
    const kind = entryKind(entry);
    if (kind !== 'post' && kind !== 'page') continue;
    const outcome: EntryOutcome = kind === 'page' ? { reason: 'page' } : entryOutcome(entry);
    if ('status' in outcome) {
      yield entryPost(entry, outcome.status, base);
    } else {
      yield {
        kind: 'skipped',
        key: entryKey(entry),
        title: titleOrPlaceholder(atomTitle(entry)),
        ...outcome,
      };
    }
  }
  if (comments > 0) yield { kind: 'warning', message: commentsWarning(comments) };
}
