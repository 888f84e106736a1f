import type { Element } from 'domhandler';
import type { Ctx } from './context';
import type { Converter } from './converter';
import type { Visit } from './dom';
import type { RunKind } from './run-blocks';

export type Handler = (el: Element, ctx: Ctx, c: Converter) => Visit<Ctx>;

/** A block element ends the block being built in the flow, and starts a new line elsewhere. */
export function boundary(c: Converter, ctx: Ctx): void {
  if (ctx.container === 'flow') c.builder.flush();
  else c.builder.gap('para', ctx.style);
}

export function asBlock(c: Converter, ctx: Ctx, inner: Ctx = ctx): Visit<Ctx> {
  boundary(c, ctx);
  return { ctx: inner, exit: () => boundary(c, ctx) };
}

/** In the flow, a block of its own kind (heading, quote, code, table row); elsewhere lines among the rest. */
export function asRun(c: Converter, ctx: Ctx, kind: RunKind, inner: Ctx = ctx): Visit<Ctx> {
  if (ctx.container !== 'flow') return asBlock(c, ctx, inner);
  const previous = c.builder.enter(kind);
  return { ctx: { ...inner, container: 'inline' }, exit: () => c.builder.leave(previous) };
}

export function hasClass(c: Converter, el: Element, name: string): boolean {
  return (c.attr(el, 'class') ?? '').split(/\s+/).includes(name);
}
