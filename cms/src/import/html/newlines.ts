import type { ChildNode } from 'domhandler';
import { walk } from './dom';

/** Comments only editors write: WordPress's block editor and Ghost's cards. */
const EDITOR_MARKUP = /<!--\s*(?:\/?wp:|kg-card-)/;
const PARAGRAPH_MARKUP = /<(?:p|div|br)[\s/>]/i;
const BLANK_LINE = /\n[ \t]*\n/;
const VERBATIM = new Set(['pre', 'script', 'style', 'textarea']);

/**
 * Whether a newline in the text is a line break, as WordPress's wpautop made it for classic-editor
 * posts (and old Blogger's "convert line breaks"), rather than a space as in other HTML (where a
 * Markdown renderer, say, wraps long paragraphs). Such text separates its paragraphs with blank
 * lines, or has no paragraph markup at all.
 */
export function newlinesAreBreaks(source: string, nodes: ChildNode[]): boolean {
  if (EDITOR_MARKUP.test(source)) return false;
  if (!PARAGRAPH_MARKUP.test(source)) return true;
  let blankLine = false;
  walk(nodes, null, {
    element: (el) => (blankLine || VERBATIM.has(el.name) ? null : { ctx: null }),
    // Blank lines between tags are mere layout of the source.
    text: (data) => {
      blankLine ||= BLANK_LINE.test(data) && /\S/.test(data);
    },
  });
  return blankLine;
}
