/** Text marks as bits, so a style compares in one step. */
export const BOLD = 1;
export const ITALIC = 2;
export const UNDERLINE = 4;
export const STRIKETHROUGH = 8;
export const CODE = 16;

/** How a piece of text looks: its marks and the link it is part of. */
export type Style = { marks: number; url: string | null };

export const PLAIN: Style = { marks: 0, url: null };

export function sameStyle(a: Style, b: Style): boolean {
  return a.marks === b.marks && a.url === b.url;
}

const TAG_MARKS = new Map(
  Object.entries({
    strong: BOLD,
    b: BOLD,
    em: ITALIC,
    i: ITALIC,
    u: UNDERLINE,
    ins: UNDERLINE,
    s: STRIKETHROUGH,
    strike: STRIKETHROUGH,
    del: STRIKETHROUGH,
    code: CODE,
    kbd: CODE,
    samp: CODE,
    tt: CODE,
  }),
);

/** Old Blogger and pasted Word text mark up bold and italic as <span style="…">. */
const STYLE_MARKS: [RegExp, number][] = [
  [/font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i, BOLD],
  [/font-style\s*:\s*(?:italic|oblique)\b/i, ITALIC],
  [/text-decoration(?:-line)?\s*:[^;]*\bunderline\b/i, UNDERLINE],
  [/text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i, STRIKETHROUGH],
];

export function marksOf(tag: string, styleAttr: string | undefined): number {
  let marks = TAG_MARKS.get(tag) ?? 0;
  if (styleAttr) for (const [pattern, mark] of STYLE_MARKS) if (pattern.test(styleAttr)) marks |= mark;
  return marks;
}
