import { canEnclose, findTags, isShortcodeName, looksLikeShortcode, toShortcode } from './shortcode-scan';
import type { Shortcode, Tag } from './shortcode-scan';

export type { Shortcode };

/**
 * Shortcodes become `<wp-shortcode data-i=N>` elements before parsing, so that the HTML parser
 * nests them with the markup they enclose ([caption]<img> Bijschrift[/caption]) and the walker
 * meets them in document order. The placeholder has no quotes, so one that lands inside an
 * attribute value cannot end that value; `restoreShortcodes` puts the original text back there.
 */
export function expandShortcodes(html: string): { html: string; codes: Shortcode[] } {
  const tags = findTags(html);
  const closerOf = pairClosers(tags);
  const codeOfCloser = new Map<Tag, number>();
  const codes: Shortcode[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const tag of tags) {
    const replacement = replace(tag);
    if (replacement === undefined) continue;
    parts.push(html.slice(at, tag.start), replacement);
    at = tag.end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), codes };

  function replace(tag: Tag): string | undefined {
    if (tag.escaped) return looksLikeShortcode(tag, false) ? tag.text.slice(1, -1) : undefined;
    if (tag.closing) {
      const i = codeOfCloser.get(tag);
      if (i !== undefined) return `</wp-shortcode data-i=${i}>`;
      return isShortcodeName(tag.name) ? element({ ...toShortcode(tag), orphan: true }) : undefined;
    }
    const closer = closerOf.get(tag);
    if (!looksLikeShortcode(tag, closer !== undefined)) return undefined;
    if (closer === undefined) return element(toShortcode(tag));
    codes.push(toShortcode(tag, closer));
    codeOfCloser.set(closer, codes.length - 1);
    return `<wp-shortcode data-i=${codes.length - 1}>`;
  }

  function element(code: Shortcode): string {
    codes.push(code);
    const i = codes.length - 1;
    return `<wp-shortcode data-i=${i}></wp-shortcode data-i=${i}>`;
  }
}

/**
 * Each opening tag takes the first later closing tag of its name that no earlier opening tag took,
 * as WordPress's regex does ([video][/video] after a lone [video] encloses the text between).
 */
function pairClosers(tags: Tag[]): Map<Tag, Tag> {
  const closers = new Map<string, Tag[]>();
  for (const tag of tags) {
    if (!tag.closing || tag.escaped) continue;
    const queue = closers.get(tag.name);
    if (queue) queue.push(tag);
    else closers.set(tag.name, [tag]);
  }
  const next = new Map<string, number>();
  const pairs = new Map<Tag, Tag>();
  for (const tag of tags) {
    if (!canEnclose(tag)) continue;
    const queue = closers.get(tag.name) ?? [];
    let i = next.get(tag.name) ?? 0;
    while (i < queue.length && (queue[i]?.start ?? 0) < tag.end) i++;
    const closer = queue[i];
    if (closer === undefined) continue;
    pairs.set(tag, closer);
    next.set(tag.name, i + 1);
  }
  return pairs;
}

const PLACEHOLDER = /<wp-shortcode data-i=(\d+)>|<\/wp-shortcode data-i=(\d+)>/g;

/** Undoes the expansion inside an attribute value, where a shortcode is just text. */
export function restoreShortcodes(value: string, codes: Shortcode[]): string {
  if (!value.includes('wp-shortcode')) return value;
  return value.replace(PLACEHOLDER, (whole, open?: string, close?: string) => {
    const code = codes[Number(open ?? close)];
    if (code === undefined) return whole;
    return (open !== undefined ? code.source : code.closing) ?? '';
  });
}
