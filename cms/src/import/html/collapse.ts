import type { Gap, Piece, Seg } from './pieces';
import { PLAIN, type Style } from './style';

type Token =
  { t: 'word'; text: string; style: Style } | { t: 'space' | 'soft' | 'br' | 'para' | 'cell'; style: Style };

/** Whitespace without a newline in it shows as one space, so it can stay inside a word. */
const SPACES = /[ \t\n]+/g;
const NEWLINES = /([ \t]*\n[ \t\n]*)/;

function pushText(text: string, style: Style, tokens: Token[]): void {
  const flat = text.replace(SPACES, ' ');
  const word = flat.replace(/^ | $/g, '');
  if (flat.startsWith(' ')) tokens.push({ t: 'space', style });
  if (!word) return;
  tokens.push({ t: 'word', text: word, style });
  if (flat.endsWith(' ')) tokens.push({ t: 'space', style });
}

/** Few tokens, as whole words and phrases: a 1 MB body makes a lot of them. */
function tokenize(pieces: Piece[], newlines: boolean): Token[] {
  const tokens: Token[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'break') tokens.push({ t: 'br', style: piece.style });
    else if (piece.kind !== 'text') tokens.push({ t: piece.kind, style: piece.style });
    else if (piece.pre) tokens.push({ t: 'word', text: piece.text, style: piece.style });
    else if (!newlines || !piece.text.includes('\n')) pushText(piece.text, piece.style, tokens);
    else {
      // split() keeps the captured newline runs at the odd places.
      piece.text.split(NEWLINES).forEach((part, i) => {
        if (i % 2 === 0) return pushText(part, piece.style, tokens);
        const newlineCount = part.split('\n').length - 1;
        for (let n = 0; n < newlineCount; n++) tokens.push({ t: 'soft', style: piece.style });
      });
    }
  }
  return tokens;
}

/**
 * What the whitespace between two words shows as. With `newlines` (WordPress's classic editor,
 * whose wpautop made it so) a newline is a line break, unless it merely follows a <br>, and a
 * blank line starts a new paragraph; two <br>s in a row look the same, so they do too.
 */
function separator(between: Token[]): Seg | Gap {
  if (between.some((token) => token.t === 'cell')) return { gap: 'cell' };
  if (between.some((token) => token.t === 'para')) return { gap: 'para' };
  let breaks = 0;
  let afterBr = false;
  for (const token of between) {
    if (token.t === 'br') breaks++;
    else if (token.t === 'soft' && !afterBr) breaks++;
    if (token.t === 'br' || token.t === 'soft') afterBr = token.t === 'br';
  }
  if (breaks >= 2) return { gap: 'para' };
  return { text: breaks === 1 ? '\n' : ' ', style: between[0]?.style ?? PLAIN };
}

/** Whitespace as a browser shows it: a run of it is one space, and there is none at the edges. */
export function collapse(pieces: Piece[], newlines: boolean): (Seg | Gap)[] {
  const out: (Seg | Gap)[] = [];
  let between: Token[] = [];
  for (const token of tokenize(pieces, newlines)) {
    if (token.t !== 'word') {
      between.push(token);
      continue;
    }
    if (out.length > 0 && between.length > 0) out.push(separator(between));
    between = [];
    out.push({ text: token.text, style: token.style });
  }
  return out;
}

/** Without leading or trailing whitespace, including the no-break and zero-width spaces editors leave behind. */
export function trimEdges(segs: Seg[]): Seg[] {
  const out = segs.slice();
  let first = 0;
  let last = out.length - 1;
  for (; first <= last; first++) {
    const seg = out[first];
    const text = seg?.text.replace(/^[\s\u200b]+/, '');
    if (seg && text) {
      out[first] = { ...seg, text };
      break;
    }
  }
  for (; last >= first; last--) {
    const seg = out[last];
    const text = seg?.text.replace(/[\s\u200b]+$/, '');
    if (seg && text) {
      out[last] = { ...seg, text };
      break;
    }
  }
  return out.slice(first, last + 1);
}
