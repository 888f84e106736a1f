import type { SourceAuthor, SourceImage, SourcePost, SourceSkipped } from '../source';
import { amsterdamToUtc, utcWallClock } from './amsterdam-time';
import { cleanHtml, htmlToText, optionalText, titleOrPlaceholder } from './clean-text';
import { absoluteUrl, isPostIdUrl, onSite, uniqueUrls } from './old-urls';
import { type WxrChannel, wordpressAuthor } from './wxr-channel';
import { expandGalleries } from './wxr-gallery';
import { outcomeOf, type WxrItem } from './wxr-item';

/** What one item becomes: a post, a skipped entry for the report, or nothing (attachments, internals). */
export function itemEvent(item: WxrItem, channel: WxrChannel): SourcePost | SourceSkipped | undefined {
  const outcome = outcomeOf(item);
  const key = `wxr:${item.guid || item.id}`;
  if (outcome.kind === 'attachment' || outcome.kind === 'ignored') return undefined;
  if (outcome.kind === 'skipped') {
    const skipped: SourceSkipped = {
      kind: 'skipped',
      key,
      title: titleOrPlaceholder(item.title),
      reason: outcome.reason,
    };
    return outcome.detail ? { ...skipped, detail: outcome.detail } : skipped;
  }
  return {
    kind: 'post',
    key,
    title: titleOrPlaceholder(item.title),
    slug: optionalText(item.slug),
    status: outcome.status,
    publishedAt: wordpressDate(item.dateGmt, item.date),
    modifiedAt: wordpressDate(item.modifiedGmt, item.modified),
    html: expandGalleries(cleanHtml(item.html), item.id, channel.attachments),
    excerpt: optionalText(htmlToText(item.excerpt)),
    author: authorFor(channel, item.creator),
    terms: item.terms,
    cover: coverFor(item, channel),
    oldUrls: uniqueUrls([
      absoluteUrl(item.link),
      isPostIdUrl(item.guid) ? item.guid : undefined,
      item.id ? onSite(channel.base, `/?p=${item.id}`) : undefined,
    ]),
  };
}

/** The UTC column when WordPress filled it in, else the local one (drafts, some old imports). */
function wordpressDate(gmt: string, local: string): string | undefined {
  return utcWallClock(gmt) ?? amsterdamToUtc(local);
}

/** Authors missing from the channel's list (old exports have none) are known by their login only. */
export function authorFor(channel: WxrChannel, login: string): SourceAuthor | undefined {
  if (!login) return undefined;
  return channel.authors.get(login) ?? wordpressAuthor(login, []);
}

function coverFor(item: WxrItem, channel: WxrChannel): SourceImage | undefined {
  const attachment = channel.attachments.get(item.meta.get('_thumbnail_id') ?? '');
  if (!attachment) return undefined;
  const cover: SourceImage = { url: attachment.url };
  if (attachment.alt) cover.alt = attachment.alt;
  if (attachment.caption) cover.caption = attachment.caption;
  return cover;
}
