import { trimEdges } from './collapse';
import type { Seg } from './pieces';

const BARE_URL = /^https?:\/\/[^\s<>"]+$/i;

function bareUrl(line: Seg[]): string | undefined {
  if (line.some((seg) => seg.style.url !== null || seg.style.marks !== 0)) return undefined;
  const text = line
    .map((seg) => seg.text)
    .join('')
    .trim();
  return BARE_URL.test(text) ? text : undefined;
}

/**
 * WordPress shows a URL on a line of its own as an embed (a video, a tweet). Blocks cannot embed,
 * so such a line becomes a paragraph of its own holding a link.
 */
export function splitBareUrls(segs: Seg[], link: (url: string) => string | null): Seg[][] {
  const paragraphs: Seg[][] = [];
  let current: Seg[] = [];
  let line: Seg[] = [];
  const endLine = (lineBreak?: Seg) => {
    const url = bareUrl(line);
    if (url === undefined) {
      current.push(...line);
      if (lineBreak) current.push(lineBreak);
    } else {
      paragraphs.push(current, [{ text: url, style: { marks: 0, url: link(url) } }]);
      current = [];
    }
    line = [];
  };
  for (const seg of segs) {
    if (seg.text === '\n') endLine(seg);
    else line.push(seg);
  }
  endLine();
  paragraphs.push(current);
  return paragraphs.map(trimEdges).filter((paragraph) => paragraph.length > 0);
}
