import type { SourceSkipped, SourceTerm } from '../source';
import { cleanText, cleanTitle, optionalText } from './clean-text';
import { CONTENT, DUBLIN_CORE, RSS, WXR, WXR_EXCERPT } from './namespaces';
import { childElements, childText, textOf } from './xml-element';
import type { XmlElement } from './xml-events';

/** One <item> of a WXR file, every field as the export has it (trimmed, nothing interpreted yet). */
export type WxrItem = {
  id: string;
  guid: string;
  title: string;
  link: string;
  creator: string;
  html: string;
  excerpt: string;
  slug: string;
  status: string;
  type: string;
  password: string;
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  parent: string;
  menuOrder: number;
  attachmentUrl: string;
  terms: SourceTerm[];
  meta: Map<string, string>;
  /** Approved reader comments: pingbacks, spam and unapproved ones were never on the site. */
  comments: number;
};

export function readItem(item: XmlElement): WxrItem {
  const wp = (name: string) => cleanText(childText(item, WXR, name));
  const meta = new Map<string, string>();
  for (const entry of childElements(item, WXR, 'postmeta')) {
    meta.set(cleanText(childText(entry, WXR, 'meta_key')), cleanText(childText(entry, WXR, 'meta_value')));
  }
  return {
    id: wp('post_id'),
    guid: cleanText(childText(item, RSS, 'guid')),
    title: childText(item, RSS, 'title'),
    link: cleanText(childText(item, RSS, 'link')),
    creator: cleanText(childText(item, DUBLIN_CORE, 'creator')),
    html: childText(item, CONTENT, 'encoded'),
    excerpt: childText(item, WXR_EXCERPT, 'encoded'),
    slug: wp('post_name'),
    status: wp('status'),
    type: wp('post_type') || 'post',
    password: wp('post_password'),
    date: wp('post_date'),
    dateGmt: wp('post_date_gmt'),
    modified: wp('post_modified'),
    modifiedGmt: wp('post_modified_gmt'),
    parent: wp('post_parent'),
    menuOrder: Number(wp('menu_order')) || 0,
    attachmentUrl: wp('attachment_url'),
    terms: itemTerms(item),
    meta,
    comments: childElements(item, WXR, 'comment').filter(
      (comment) =>
        cleanText(childText(comment, WXR, 'comment_approved')) === '1' &&
        !['pingback', 'trackback'].includes(cleanText(childText(comment, WXR, 'comment_type'))),
    ).length,
  };
}

/**
 * Categories and tags. WXR 1.0 names tags "tag" instead of "post_tag" and lists each term twice,
 * once without its slug; other taxonomies (post formats, shop categories) are no labels.
 */
function itemTerms(item: XmlElement): SourceTerm[] {
  const terms = new Map<string, SourceTerm>();
  for (const category of childElements(item, RSS, 'category')) {
    const domain = category.attrs['domain'];
    const kind =
      domain === 'category' ? 'category' : domain === 'post_tag' || domain === 'tag' ? 'tag' : undefined;
    const name = cleanTitle(textOf(category));
    if (!kind || !name) continue;
    const key = `${kind}:${name.toLowerCase()}`;
    const slug = optionalText(category.attrs['nicename']);
    if (!terms.get(key)?.slug) terms.set(key, slug ? { kind, name, slug } : { kind, name });
  }
  return [...terms.values()];
}

/** Site internals a full export carries along; listing them as skipped would only be noise. */
const INTERNAL_TYPES = new Set([
  'revision',
  'custom_css',
  'customize_changeset',
  'oembed_cache',
  'user_request',
  'wp_global_styles',
  'wp_navigation',
  'wp_template',
  'wp_template_part',
  'wp_font_family',
  'wp_font_face',
]);

type WxrOutcome =
  | { kind: 'post'; status: 'published' | 'draft' }
  | { kind: 'skipped'; reason: SourceSkipped['reason']; detail?: string }
  | { kind: 'attachment' }
  | { kind: 'ignored' };

export function outcomeOf(item: WxrItem): WxrOutcome {
  if (item.type === 'attachment') return { kind: 'attachment' };
  if (INTERNAL_TYPES.has(item.type)) return { kind: 'ignored' };
  if (item.type === 'page') return { kind: 'skipped', reason: 'page' };
  if (item.type === 'nav_menu_item') return { kind: 'skipped', reason: 'menu-item' };
  if (item.type !== 'post') {
    const detail = `Dit is geen bericht maar inhoud van het soort "${item.type}"; dat nemen we niet over.`;
    return { kind: 'skipped', reason: 'other', detail };
  }
  if (item.status === 'trash') return { kind: 'skipped', reason: 'trash' };
  if (item.status === 'private') return { kind: 'skipped', reason: 'private' };
  if (item.password) return { kind: 'skipped', reason: 'password' };
  if (item.status === 'publish') return { kind: 'post', status: 'published' };
  if (['draft', 'pending', 'future'].includes(item.status)) return { kind: 'post', status: 'draft' };
  const detail = `Het bericht heeft de status "${item.status}", die we niet kennen; het is niet overgenomen.`;
  return { kind: 'skipped', reason: 'other', detail };
}
