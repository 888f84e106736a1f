/**
 * Small helpers that keep the demo content in `posts.ts` readable. They only build plain
 * `SeedBlock` objects; nothing here talks to Strapi.
 */
import type { SeedBlock, SeedInline, SeedLink, SeedListItem, SeedText } from '../types';

type Marks = Omit<SeedText, 'type' | 'text'>;
type InlineInput = string | SeedInline;

const inline = (children: InlineInput[]): SeedInline[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child));

/** A text node, optionally with marks. */
export const text = (value: string, marks: Marks = {}): SeedText => ({
  type: 'text',
  text: value,
  ...marks,
});

export const b = (value: string): SeedText => text(value, { bold: true });
export const i = (value: string): SeedText => text(value, { italic: true });
export const u = (value: string): SeedText => text(value, { underline: true });
export const s = (value: string): SeedText => text(value, { strikethrough: true });
export const c = (value: string): SeedText => text(value, { code: true });

export const link = (url: string, ...children: (string | SeedText)[]): SeedLink => ({
  type: 'link',
  url,
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});

export const p = (...children: InlineInput[]): SeedBlock => ({
  type: 'paragraph',
  children: inline(children),
});

export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, ...children: InlineInput[]): SeedBlock => ({
  type: 'heading',
  level,
  children: inline(children),
});

const item = (entry: InlineInput | InlineInput[]): SeedListItem => ({
  type: 'list-item',
  children: inline(Array.isArray(entry) ? entry : [entry]),
});

/** Unordered list; an item is a string, a single inline node or an array of inline nodes. */
export const ul = (...items: (InlineInput | InlineInput[])[]): SeedBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map(item),
});

/** Ordered list; an item is a string, a single inline node or an array of inline nodes. */
export const ol = (...items: (InlineInput | InlineInput[])[]): SeedBlock => ({
  type: 'list',
  format: 'ordered',
  children: items.map(item),
});

export const quote = (...children: InlineInput[]): SeedBlock => ({
  type: 'quote',
  children: inline(children),
});

export const code = (value: string, language?: string): SeedBlock =>
  language === undefined
    ? { type: 'code', children: [text(value)] }
    : { type: 'code', language, children: [text(value)] };

export const image = (file: string, alt: string, caption?: string): SeedBlock =>
  caption === undefined ? { type: 'seed-image', file, alt } : { type: 'seed-image', file, alt, caption };
