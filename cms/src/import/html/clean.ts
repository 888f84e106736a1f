/** C0 control characters other than tab and newline: invisible, and some break XML and JSON tools. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const NEEDS_CLEANING = new RegExp(CONTROLS.source);

/** Text as the converter wants it: "\n" line ends, no stray control characters. */
export function cleanText(text: string): string {
  return NEEDS_CLEANING.test(text) ? text.replace(/\r\n?/g, '\n').replace(CONTROLS, '') : text;
}

/** Whitespace collapsed as in an attribute or caption shown on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
