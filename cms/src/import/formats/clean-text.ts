import { Parser } from 'htmlparser2';

/** C0 control characters except tab, line feed and carriage return: Word pastes them, nothing shows them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Tags after which the next text is a new word, so "<p>a</p><p>b</p>" reads "a b", not "ab". */
const BREAKS = new Set('br p div li tr td th h1 h2 h3 h4 h5 h6 blockquote'.split(' '));
const HIDDEN = new Set(['script', 'style', 'template']);

/** Any text field: control characters out, trimmed. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(CONTROL, '').trim();
}

/** The same, or undefined when nothing is left, for optional fields. */
export function optionalText(value: string | null | undefined): string | undefined {
  return cleanText(value) || undefined;
}

/** HTML (or text with entities in it) as plain text: tags out, entities decoded, whitespace collapsed. */
export function htmlToText(html: string | null | undefined): string {
  const pieces: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden += 1;
        if (BREAKS.has(name)) pieces.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BREAKS.has(name)) pieces.push(' ');
      },
      ontext(text) {
        if (hidden === 0) pieces.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(cleanText(html));
  parser.end();
  return cleanText(pieces.join('').replace(/\s+/g, ' '));
}

/**
 * A title: WordPress stores "&amp;" and "&#8211;" in titles and some feeds escape twice, so entities
 * are decoded and stray tags dropped.
 */
export function cleanTitle(value: string | null | undefined): string {
  return htmlToText(value);
}

/** A title for a skipped entry the report can still point at. */
export function titleOrPlaceholder(value: string | null | undefined): string {
  return cleanTitle(value) || '(zonder titel)';
}

/**
 * A person's name for display. RSS puts an e-mail address in <author> ("jan@x.nl (Jan Jansen)") and
 * some feeds put one where the name goes: an address never gets through, it would end up public.
 */
export function personName(value: string | null | undefined): string | undefined {
  const text = cleanTitle(value);
  const rss = /^\S+@\S+\s*\(([^)]+)\)$/.exec(text)?.[1];
  const name = (rss ?? text).replace(/\S+@\S+/g, '').replace(/\s+/g, ' ');
  return name.trim() || undefined;
}

/** An HTML body: kept as the old site stored it, bar control characters and surrounding whitespace. */
export function cleanHtml(value: string | null | undefined): string {
  return cleanText(value);
}
