import type { Inline, Text } from './blocks';
import type { Seg } from './pieces';
import { BOLD, CODE, ITALIC, STRIKETHROUGH, UNDERLINE, sameStyle } from './style';

export function textNode(text: string, marks = 0): Text {
  const node: Text = { type: 'text', text };
  if (marks & BOLD) node.bold = true;
  if (marks & ITALIC) node.italic = true;
  if (marks & UNDERLINE) node.underline = true;
  if (marks & STRIKETHROUGH) node.strikethrough = true;
  if (marks & CODE) node.code = true;
  return node;
}

/** Strapi rejects inline content without children. */
function emptyInline(): [{ type: 'text'; text: '' }] {
  return [{ type: 'text', text: '' }];
}

/**
 * Adjacent text of one style as one node. Whitespace between two pieces of the same style takes
 * that style ("<b>motie</b> <b>aangenomen</b>" is one bold node), unless that would pull it into
 * or out of a link.
 */
function merge(segs: Seg[]): Seg[] {
  const runs: Seg[] = [];
  for (const seg of segs) {
    const last = runs.at(-1);
    const before = runs.at(-2);
    if (last && sameStyle(last.style, seg.style)) {
      last.text += seg.text;
    } else if (
      last &&
      before &&
      /^\s+$/.test(last.text) &&
      sameStyle(before.style, seg.style) &&
      last.style.url === seg.style.url
    ) {
      runs.pop();
      before.text += last.text + seg.text;
    } else {
      runs.push({ ...seg });
    }
  }
  return runs;
}

export function toInline(segs: Seg[]): Inline[] {
  const out: Inline[] = [];
  for (const { text, style } of merge(segs)) {
    const node = textNode(text, style.marks);
    const prev = out.at(-1);
    if (style.url === null) out.push(node);
    else if (prev?.type === 'link' && prev.url === style.url) prev.children.push(node);
    else out.push({ type: 'link', url: style.url, children: [node] });
  }
  return out.length > 0 ? out : emptyInline();
}
