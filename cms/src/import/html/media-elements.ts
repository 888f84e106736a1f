import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { oneLine } from './clean';
import type { Ctx } from './context';
import type { Converter } from './converter';
import { textOf } from './dom';
import { asBlock, hasClass, type Handler } from './flow';
import { snippet } from './notes';
import { isAttachmentPage, isImageUrl, withScheme } from './urls';

export const WATCH = 'Bekijk de video';
export const LISTEN = 'Luister naar het geluidsfragment';

/** Lazy-loading markup keeps the real address in data-src and a placeholder in src. */
function sourceOf(el: Element, c: Converter): string | undefined {
  const src = c.attr(el, 'src')?.trim();
  if (src && !/^data:/i.test(src)) return src;
  const lazy = ['data-src', 'data-lazy-src', 'data-original'].map((name) => c.attr(el, name)?.trim());
  return lazy.find(Boolean) || src;
}

const image: Handler = (el, ctx, c) => {
  const alt = oneLine(c.attr(el, 'alt') ?? '');
  // Emoji and smileys are characters drawn as images: their alt text is the character.
  if (hasClass(c, el, 'emoji') || hasClass(c, el, 'wp-smiley')) {
    c.builder.text(alt, ctx.style, false);
    return null;
  }
  const src = sourceOf(el, c);
  // Feeds carry 1×1 tracking pixels that nobody ever saw.
  if (!src || (c.attr(el, 'width') === '1' && c.attr(el, 'height') === '1')) return null;
  if (/^data:/i.test(src)) {
    c.note('image', 'Een afbeelding die in de tekst zelf zat (een data:-adres) is weggelaten.');
    c.paragraph(alt || ctx.caption || '');
    return null;
  }
  c.image({ url: ctx.imageHref ?? src, alt, ...(ctx.caption ? { caption: ctx.caption } : {}) });
  return null;
};

const anchor: Handler = (el, ctx, c) => {
  const href = c.attr(el, 'href')?.trim();
  if (!href) return { ctx };
  const { images, text } = c.measure(el);
  const inner: Ctx = { ...ctx, style: { ...ctx.style, url: c.linkTarget(href) } };
  if (images > 0 && isImageUrl(href)) {
    if (images === 1) inner.imageHref = href;
  } else if (images > 0 && !text && !isAttachmentPage(href)) {
    c.note('other', `Een afbeelding linkte naar ${snippet(href)}; een afbeelding kan geen link hebben.`);
  }
  return { ctx: inner };
};

/** Gutenberg and Ghost: the caption of the one image in the figure. */
const figure: Handler = (el, ctx, c) => {
  const caption = el.children.find(
    (node): node is Element => DomUtils.isTag(node) && node.name === 'figcaption',
  );
  if (!caption || c.measure(el).images - c.measure(caption).images !== 1) return asBlock(c, ctx);
  c.skipped.add(caption);
  const text = oneLine(textOf(caption.children));
  return asBlock(c, ctx, { ...ctx, caption: text || undefined });
};

const iframe: Handler = (el, ctx, c) => {
  const src = withScheme((c.attr(el, 'src') || c.attr(el, 'data-src') || '').trim());
  if (c.mediaLink(src, src)) {
    c.note('iframe', `Een ingesloten frame is vervangen door een link: ${snippet(src)}`);
  } else {
    c.note('iframe', 'Een ingesloten frame zonder webadres is weggelaten.');
  }
  return null;
};

const media: Handler = (el, ctx, c) => {
  const video = el.name === 'video';
  const source = DomUtils.getElementsByTagName('source', el.children, true, 1)[0];
  const src = c.attr(el, 'src') || (source && c.attr(source, 'src')) || '';
  if (!c.mediaLink(src, video ? WATCH : LISTEN)) {
    c.note('embed', `Een ${video ? 'video' : 'geluidsfragment'} zonder webadres is weggelaten.`);
  }
  return null;
};

export const mediaHandlers = new Map<string, Handler>([
  ['img', image],
  ['a', anchor],
  ['figure', figure],
  ['iframe', iframe],
  ['video', media],
  ['audio', media],
]);
