import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { isBlockElement } from './block-elements';
import { oneLine } from './clean';
import type { Ctx } from './context';
import type { Converter } from './converter';
import { textOf, type Visit } from './dom';
import { asBlock, type Handler } from './flow';
import { LISTEN, WATCH } from './media-elements';
import { snippet } from './notes';
import { KNOWN_SHORTCODES, type Shortcode } from './shortcode-scan';

type ShortcodeHandler = (el: Element, code: Shortcode, ctx: Ctx, c: Converter) => Visit<Ctx>;

function firstOf(code: Shortcode, names: string[]): string | undefined {
  return names.map((name) => code.named.get(name)).find(Boolean);
}

function content(el: Element): string {
  return oneLine(textOf(el.children));
}

/** [caption]<img …> Bijschrift[/caption], or the older [caption caption="Bijschrift"]<img …>[/caption]. */
const caption: ShortcodeHandler = (el, code, ctx, c) => {
  if (c.measure(el).images === 0) return asBlock(c, ctx);
  const fromAttr = code.named.get('caption');
  const text = oneLine(fromAttr ?? textOf(el.children));
  return asBlock(c, ctx, { ...ctx, caption: text || undefined, hideText: fromAttr === undefined });
};

const gallery: ShortcodeHandler = (el, code, ctx, c) => {
  const ids = (firstOf(code, ['ids', 'include']) ?? '').split(',').map((id) => id.trim());
  if (!ids.some(Boolean)) {
    c.note('image', 'Een galerij zonder lijst van afbeeldingen ([gallery]) is weggelaten.');
  }
  for (const id of ids.filter(Boolean)) {
    const ref = c.options.attachment?.(id) ?? null;
    if (ref) c.image(ref);
    else c.note('image', `Afbeelding ${id} uit een galerij is niet gevonden.`);
  }
  return null;
};

function linked(url: (el: Element, code: Shortcode) => string, text: string | null): ShortcodeHandler {
  return (el, code, ctx, c) => {
    const href = url(el, code);
    if (!c.mediaLink(href, text ?? href)) {
      c.note('embed', `De shortcode ${snippet(code.source)} is weggelaten: er staat geen webadres in.`);
    }
    return null;
  };
}

/** Jetpack: [youtube URL], [youtube=URL], or just the video id. */
function youtubeUrl(el: Element, code: Shortcode): string {
  const value = code.positional[0] ?? firstOf(code, ['id', 'url', 'src']) ?? content(el);
  return /^[\w-]{11}$/.test(value) ? `https://www.youtube.com/watch?v=${value}` : value;
}

function vimeoUrl(el: Element, code: Shortcode): string {
  const value = code.positional[0] ?? firstOf(code, ['id', 'url']) ?? content(el);
  return /^\d+$/.test(value) ? `https://vimeo.com/${value}` : value;
}

const VIDEO = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mov'];
const AUDIO = ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma', 'flac'];

const HANDLERS = new Map<string, ShortcodeHandler>([
  ['caption', caption],
  ['wp_caption', caption],
  ['gallery', gallery],
  ['embed', linked((el, code) => content(el) || (firstOf(code, ['url', 'src']) ?? ''), null)],
  ['video', linked((el, code) => firstOf(code, VIDEO) ?? content(el), WATCH)],
  ['audio', linked((el, code) => firstOf(code, AUDIO) ?? content(el), LISTEN)],
  ['youtube', linked(youtubeUrl, WATCH)],
  ['vimeo', linked(vimeoUrl, WATCH)],
]);

/**
 * Page builders wrap whole sections in shortcodes ([vc_row]…[/vc_row]); other plugins wrap a few
 * words ([highlight]…[/highlight]). A wrapper holding blocks, shortcodes or lines is a block.
 */
function holdsBlocks(el: Element): boolean {
  const inner = DomUtils.findAll(
    (node) => node.name === 'wp-shortcode' || isBlockElement(node.name),
    el.children,
  );
  return inner.length > 0 || textOf(el.children).includes('\n');
}

/** A plugin's shortcode: its output cannot be had, so it goes, with a note. A form's fields go with it. */
const unknown: ShortcodeHandler = (el, code, ctx, c) => {
  const form = code.name.includes('form');
  if (code.closing !== undefined && !form) {
    c.note('other', `De shortcode [${code.name}] is verwijderd; de tekst erin is behouden.`);
    return holdsBlocks(el) ? asBlock(c, ctx) : { ctx };
  }
  c.note(form ? 'form' : 'other', `De shortcode ${snippet(code.source)} is verwijderd.`);
  return null;
};

export const shortcode: Handler = (el, ctx, c) => {
  const code = c.codes[Number(el.attribs['data-i'])];
  if (code === undefined) return { ctx };
  if (code.orphan) {
    // A stray [/caption] meant nothing; a stray [/vc_row] hints at a layout that is gone.
    if (!KNOWN_SHORTCODES.has(code.name)) {
      c.note('other', `De losse shortcode ${snippet(code.source)} is verwijderd.`);
    }
    return null;
  }
  return (HANDLERS.get(code.name) ?? unknown)(el, code, ctx, c);
};
