import { DomUtils } from 'htmlparser2';
import { textOf } from './dom';
import type { Handler } from './flow';
import { snippet } from './notes';

/** Content no reader saw: dropped without a note. */
const UNSEEN = ['noscript', 'template', 'head', 'title', 'meta', 'link', 'base', 'param', 'source', 'track'];

function quoted(text: string): string {
  const short = snippet(text);
  return short ? `: "${short}"` : '.';
}

const script: Handler = (el, ctx, c) => {
  const src = c.attr(el, 'src');
  c.note('script', `Een script is weggelaten${src ? `: ${snippet(src)}` : quoted(textOf(el.children))}`);
  return null;
};

const style: Handler = (el, ctx, c) => {
  c.note('other', 'Een <style>-blok met opmaak is weggelaten.');
  return null;
};

const form: Handler = (el, ctx, c) => {
  c.note('form', `Een formulier is weggelaten${quoted(textOf(el.children))}`);
  return null;
};

const field: Handler = (el, ctx, c) => {
  c.note('form', `Een formulierveld (<${el.name}>) is weggelaten.`);
  return null;
};

/** Flash-era embeds: <object><param name="movie" value="…"><embed src="…"></object>. */
const plugin: Handler = (el, ctx, c) => {
  const [embed] = DomUtils.getElementsByTagName('embed', el.children, true, 1);
  const [movie] = DomUtils.findAll(
    (node) => node.name === 'param' && /^(?:movie|src|url)$/i.test(node.attribs.name ?? ''),
    el.children,
  );
  const src =
    c.attr(el, 'data') ||
    c.attr(el, 'src') ||
    (embed && c.attr(embed, 'src')) ||
    (movie && c.attr(movie, 'value'));
  c.note('embed', `Een ingesloten object (<${el.name}>) is weggelaten${src ? `: ${snippet(src)}` : '.'}`);
  return null;
};

const drawing: Handler = (el, ctx, c) => {
  c.note('other', `Een tekening (<${el.name}>) is weggelaten.`);
  return null;
};

export const droppedHandlers = new Map<string, Handler>([
  ...UNSEEN.map((tag): [string, Handler] => [tag, () => null]),
  ['script', script],
  ['style', style],
  ['form', form],
  ...['input', 'select', 'textarea', 'button'].map((tag): [string, Handler] => [tag, field]),
  ...['object', 'embed', 'applet'].map((tag): [string, Handler] => [tag, plugin]),
  ...['svg', 'canvas'].map((tag): [string, Handler] => [tag, drawing]),
]);
