import { asBlock, type Handler } from './flow';

/**
 * In the flow or a list item, a list is a list block (nested inside the list it is in). Inside a
 * quote, heading or table cell, which cannot hold one, its items become lines: "- …" or "1. …".
 */
const list: Handler = (el, ctx, c) => {
  const ordered = el.name === 'ol';
  if (ctx.container === 'inline') {
    c.builder.gap('para', ctx.style);
    const inner = { ...ctx, lineList: { ordered, items: 0 } };
    return { ctx: inner, exit: () => c.builder.gap('para', ctx.style) };
  }
  const previous = c.builder.enter({ type: 'list-item' });
  const opened = c.builder.lists.begin(ordered ? 'ordered' : 'unordered');
  const exit = () => {
    c.builder.flush();
    if (opened) c.builder.lists.end();
    c.builder.leave(previous);
  };
  return { ctx: { ...ctx, container: 'list', lineList: undefined }, exit };
};

const item: Handler = (el, ctx, c) => {
  if (ctx.container === 'list') {
    c.builder.flush();
    return { ctx, exit: () => c.builder.flush() };
  }
  const lines = ctx.lineList;
  if (ctx.container !== 'inline' || !lines) return asBlock(c, ctx);
  lines.items++;
  c.builder.gap('para', ctx.style);
  c.builder.text(lines.ordered ? `${lines.items}. ` : '- ', ctx.style, false);
  return { ctx, exit: () => c.builder.gap('para', ctx.style) };
};

export const listHandlers = new Map<string, Handler>([
  ['ul', list],
  ['ol', list],
  ['li', item],
]);
