import type { Block, ConvertOptions, LossNote } from './blocks';
import { cleanText } from './clean';
import type { Ctx } from './context';
import { Converter } from './converter';
import { measure, parseHtml, walk } from './dom';
import { visitElement } from './elements';
import { newlinesAreBreaks } from './newlines';
import { distinctNotes } from './notes';
import { expandShortcodes } from './shortcodes';
import { PLAIN } from './style';

const ROOT: Ctx = {
  style: PLAIN,
  pre: false,
  container: 'flow',
  hideText: false,
  inTable: false,
};

export function htmlToBlocks(html: string, options: ConvertOptions): { blocks: Block[]; lossy: LossNote[] } {
  const source = cleanText(html).replace(/^\ufeff/, '');
  const { html: expanded, codes } = expandShortcodes(source);
  const nodes = parseHtml(expanded);
  const c = new Converter(options, codes, measure(nodes), newlinesAreBreaks(source, nodes));
  walk(nodes, ROOT, {
    element: (el, ctx) => visitElement(el, ctx, c),
    text: (data, ctx) => {
      if (!ctx.hideText) c.builder.text(cleanText(data), ctx.style, ctx.pre);
    },
  });
  c.builder.flush();
  return { blocks: c.builder.blocks, lossy: distinctNotes(c.notes) };
}
