import { plainText } from './dom';
import { hasNamedAttr, parseAttrs, type ShortcodeAttrs } from './shortcode-attrs';

export type Shortcode = ShortcodeAttrs & {
  name: string;
  /** The opening tag as it reads (entities decoded), for notes and for restoring it as text. */
  source: string;
  /** The closing tag, when the shortcode encloses content. */
  closing?: string;
  /** A closing tag without its opening one. */
  orphan?: true;
};

/** The names the converter turns into something; any other shortcode goes, with a note. */
export const KNOWN_SHORTCODES = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'video',
  'audio',
  'youtube',
  'vimeo',
]);
/** Never enclose content, so a later closing tag of the same name is not theirs. */
const SELF_CLOSING = new Set(['gallery']);

/**
 * `[[name]]` escapes, `[/name]` closes. Names are lower-case and are followed by a space, `]`,
 * `/` or `=` (Jetpack's `[youtube=URL]`), so "[1]" and "[Noot: …]" are never candidates.
 */
const TAG = /\[(\[?)(\/?)([a-z][a-z0-9_-]*)(?=[\s\]/=])((?:[^[\]/]|\/(?!\]))*)(\/?)\](\]?)/g;

export type Tag = {
  start: number;
  end: number;
  text: string;
  name: string;
  attrText: string;
  closing: boolean;
  selfClosed: boolean;
  escaped: boolean;
};

export function findTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => {
    const escaped = m[1] === '[' && m[6] === ']';
    // A lone extra bracket on one side is text next to a tag, not an escape.
    const start = m.index + (m[1] === '[' && !escaped ? 1 : 0);
    const end = m.index + m[0].length - (m[6] === ']' && !escaped ? 1 : 0);
    const text = html.slice(start, end);
    const name = m[3] ?? '';
    const attrText = m[4] ?? '';
    return { start, end, text, name, attrText, closing: m[2] === '/', selfClosed: m[5] === '/', escaped };
  });
}

/** A closing tag's name marks a shortcode when the name could not be ordinary bracketed text. */
export function isShortcodeName(name: string): boolean {
  return KNOWN_SHORTCODES.has(name) || /[-_]/.test(name);
}

export function looksLikeShortcode(tag: Tag, paired: boolean): boolean {
  return paired || isShortcodeName(tag.name) || hasNamedAttr(tag.attrText);
}

export function canEnclose(tag: Tag): boolean {
  return !tag.closing && !tag.selfClosed && !tag.escaped && !SELF_CLOSING.has(tag.name);
}

export function toShortcode(tag: Tag, closing?: Tag): Shortcode {
  const attrs = parseAttrs(tag.attrText.replace(/^=/, ' '));
  const source = plainText(tag.text);
  return { name: tag.name, source, ...attrs, ...(closing ? { closing: plainText(closing.text) } : {}) };
}
