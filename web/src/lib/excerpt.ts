const MAX_EXCERPT = 200;

/** A readable excerpt from body text: whole words, at most about 200 characters, with an ellipsis. */
export function excerptFrom(text: string, max = MAX_EXCERPT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : clean.slice(0, max)).replace(
    /[\s,;:.–-]+$/,
    '',
  );
  return `${words}…`;
}
