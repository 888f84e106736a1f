import type { Element } from 'domhandler';
import type { ConvertOptions, ImageRef, Inline, LossNote } from './blocks';
import { BlockBuilder } from './builder';
import { cleanText } from './clean';
import type { Measure } from './dom';
import { textNode } from './inline';
import { snippet } from './notes';
import { restoreShortcodes, type Shortcode } from './shortcodes';
import { isHttpUrl, isSafeTarget, originalImageUrl, withScheme } from './urls';

/** What every element handler shares while one body is converted. */
export class Converter {
  readonly builder: BlockBuilder;
  readonly notes: LossNote[] = [];
  /** Elements already used elsewhere (a figcaption became the image's caption). */
  readonly skipped = new WeakSet<Element>();

  constructor(
    readonly options: ConvertOptions,
    readonly codes: Shortcode[],
    readonly measures: Map<Element, Measure>,
    newlines: boolean,
  ) {
    this.builder = new BlockBuilder(newlines, (url) => this.linkTarget(url));
  }

  note(what: LossNote['what'], detail: string): void {
    this.notes.push({ what, detail });
  }

  attr(el: Element, name: string): string | undefined {
    const value = el.attribs[name];
    return value === undefined ? undefined : restoreShortcodes(cleanText(value), this.codes);
  }

  measure(el: Element): Measure {
    return this.measures.get(el) ?? { images: 0, text: false };
  }

  /** Unsafe schemes never reach the caller; what the caller makes of a link is checked again. */
  linkTarget(href: string): string | null {
    const trimmed = href.trim();
    if (!isSafeTarget(trimmed)) return null;
    const target = this.options.link(trimmed);
    return target !== null && isSafeTarget(target) ? target : null;
  }

  image(ref: ImageRef): void {
    const url = originalImageUrl(withScheme(ref.url.trim()));
    const uploaded = url ? this.options.image({ ...ref, url }) : null;
    if (uploaded) {
      this.builder.add({ type: 'image', image: uploaded, children: [{ type: 'text', text: '' }] });
      return;
    }
    this.note('image', `Een afbeelding kon niet worden opgehaald: ${snippet(url)}`);
    this.paragraph(ref.alt || ref.caption || '');
  }

  /** A video, sound or embed as a paragraph with a link to it; false when `url` is no web address. */
  mediaLink(url: string, text: string): boolean {
    const absolute = withScheme(url.trim());
    if (!isHttpUrl(absolute)) return false;
    const target = this.linkTarget(absolute);
    const child: Inline = target
      ? { type: 'link', url: target, children: [textNode(text)] }
      : textNode(absolute);
    this.builder.add({ type: 'paragraph', children: [child] });
    return true;
  }

  paragraph(text: string): void {
    if (text.trim()) this.builder.add({ type: 'paragraph', children: [textNode(text.trim())] });
  }
}
