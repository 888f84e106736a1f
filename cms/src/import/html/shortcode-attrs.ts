import { plainText } from './dom';

/** Named attributes keyed by lower-case name (a Map: a name like "constructor" is just a name). */
export type ShortcodeAttrs = { named: Map<string, string>; positional: string[] };

/** WordPress's own attribute grammar (shortcode_parse_atts): name="…", name='…', name=…, or bare values. */
const ATTR =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** Whether the text after a tag name holds at least one name=value pair. */
export function hasNamedAttr(text: string): boolean {
  return /(?:^|\s)[\w-]+\s*=/.test(text);
}

/** Values are raw HTML source, so entities (&amp; in a URL) are decoded. */
export function parseAttrs(text: string): ShortcodeAttrs {
  const named = new Map<string, string>();
  const positional: string[] = [];
  const spaced = text.replace(/[\u00a0\u200b]+/g, ' ');
  for (const m of spaced.matchAll(ATTR)) {
    const name = m[1] ?? m[3] ?? m[5];
    const value = plainText(m[2] ?? m[4] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? '');
    if (name === undefined) positional.push(value);
    else named.set(name.toLowerCase(), value);
  }
  return { named, positional };
}
