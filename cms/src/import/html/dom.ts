import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

const { isTag, isText } = DomUtils;

/** What to do with an element's children: walk them with this context, then call `exit`. */
export type Visit<C> = { ctx: C; exit?: () => void } | null;

type Visitor<C> = {
  element(el: Element, ctx: C): Visit<C>;
  text(data: string, ctx: C): void;
};

export function parseHtml(html: string): ChildNode[] {
  return parseDocument(html).children;
}

/**
 * Depth first, in document order, without recursion: a body full of unclosed tags nests as
 * deep as it is long, and would overflow the call stack.
 */
export function walk<C>(nodes: ChildNode[], ctx: C, visitor: Visitor<C>): void {
  type Frame = { nodes: ChildNode[]; next: number; ctx: C; exit?: () => void };
  const stack: Frame[] = [{ nodes, next: 0, ctx }];
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const node = frame.nodes[frame.next++];
    if (node === undefined) {
      stack.pop();
      frame.exit?.();
    } else if (isText(node)) {
      visitor.text(node.data, frame.ctx);
    } else if (isTag(node)) {
      const visit = visitor.element(node, frame.ctx);
      if (visit) stack.push({ nodes: node.children, next: 0, ...visit });
    }
  }
}

const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/** The text an element shows, with a line break for each <br>. */
export function textOf(nodes: ChildNode[]): string {
  const parts: string[] = [];
  walk(nodes, null, {
    element: (el) => {
      if (el.name === 'br') parts.push('\n');
      return INVISIBLE.has(el.name) ? null : { ctx: null };
    },
    text: (data) => parts.push(data),
  });
  return parts.join('');
}

export type Measure = { images: number; text: boolean };

/**
 * How many images each element holds and whether it shows any text, counted in one pass so no
 * handler searches a subtree again (nested links would make that quadratic).
 */
export function measure(nodes: ChildNode[]): Map<Element, Measure> {
  const all = new Map<Element, Measure>();
  walk<Measure>(
    nodes,
    { images: 0, text: false },
    {
      element: (el, parent) => {
        if (el.name === 'img') parent.images++;
        if (el.name === 'img' || INVISIBLE.has(el.name)) return null;
        const own: Measure = { images: 0, text: false };
        const exit = () => {
          all.set(el, own);
          parent.images += own.images;
          parent.text ||= own.text;
        };
        return { ctx: own, exit };
      },
      text: (data, own) => {
        own.text ||= /\S/.test(data);
      },
    },
  );
  return all;
}

/** An HTML fragment as plain text, entities decoded (for shortcode attributes, which the parser never saw). */
export function plainText(html: string): string {
  return textOf(parseHtml(html));
}
