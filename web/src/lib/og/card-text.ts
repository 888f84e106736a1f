/*
 * next/og fetches a font from the internet for any character its fonts lack (emoji, CJK, …). The
 * site must never reach out, so card text keeps only what the bundled Latin fonts cover.
 */
const COVERED =
  /[\u0020-\u007E\u00A0-\u017F\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u20AC]/u;

/** The text as the card can draw it: other characters dropped, whitespace collapsed, at most `max` characters. */
export function cardText(text: string, max = 140): string {
  const kept = Array.from(text.normalize('NFC'))
    .map((char) => (/\s/u.test(char) ? ' ' : char))
    .filter((char) => COVERED.test(char))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (kept.length <= max) return kept;
  const cut = kept.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–-]+$/, '')}…`;
}
