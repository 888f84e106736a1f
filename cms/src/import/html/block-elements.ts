import type { Heading } from './blocks';
import { asBlock, asRun, boundary, type Handler } from './flow';
import { CODE } from './style';

const LEVELS = new Map<string, Heading['level']>([
  ['h1', 1],
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
  ['h5', 5],
  ['h6', 6],
]);

/** Elements a browser shows as blocks of their own; their wrappers (<div>) vanish. */
const BLOCK_TAGS = [
  'address',
  'article',
  'aside',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'header',
  'hgroup',
  'legend',
  'main',
  'nav',
  'p',
  'section',
  'summary',
];

/** Whether an element starts a block of its own, for wrappers that are block or inline depending on content. */
export function isBlockElement(name: string): boolean {
  return BLOCK_TAGS.includes(name) || LEVELS.has(name) || OTHER_BLOCKS.includes(name);
}

const OTHER_BLOCKS = ['blockquote', 'pre', 'ul', 'ol', 'li', 'table', 'figure', 'hr'];

const heading: Handler = (el, ctx, c) => {
  const level = LEVELS.get(el.name) ?? 2;
  return asRun(c, ctx, { type: 'heading', level });
};

export const blockHandlers = new Map<string, Handler>([
  ...BLOCK_TAGS.map((tag): [string, Handler] => [tag, (el, ctx, c) => asBlock(c, ctx)]),
  ...[...LEVELS.keys()].map((tag): [string, Handler] => [tag, heading]),
  ['blockquote', (el, ctx, c) => asRun(c, ctx, { type: 'quote' })],
  [
    'pre',
    (el, ctx, c) => {
      const style = { ...ctx.style, marks: ctx.style.marks | CODE };
      return asRun(c, ctx, { type: 'code' }, { ...ctx, pre: true, style });
    },
  ],
  [
    'br',
    (el, ctx, c) => {
      c.builder.lineBreak(ctx.style);
      return null;
    },
  ],
  [
    'hr',
    (el, ctx, c) => {
      boundary(c, ctx);
      return null;
    },
  ],
]);
