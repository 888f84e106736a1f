import { STATIC_DOCUMENT_TAG } from '../src/lib/static-document';

// React writes well-formed HTML and escapes "</script" inside a script's text (as in
// content-security-policy.ts), so these patterns see each element whole.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*")[^>]*>/gi;
const NEXT_SCRIPT_SOURCE = /\bsrc="\/_next\//i;
// What an inline script of Next's runtime holds: the React Server Components payload that
// hydration reads (`self.__next_f`), and the bundler's list of chunks to load.
// Matched at the start only: a post's title in another script may say anything.
const NEXT_INLINE_SCRIPT = /^\(?(?:self\.__next_f\b|globalThis\["TURBOPACK"\]|self\.webpackChunk)/;

const marker = Buffer.from(STATIC_DOCUMENT_TAG);

/**
 * A page that asks to be a static document (src/lib/static-document.ts) without Next's runtime:
 * no script of Next's own, no preload of one, no payload for hydration. Every other script stays,
 * React's own inline ones that put streamed parts in place among them. Any other page is returned
 * as it is.
 */
export function asStaticDocument(html: Buffer): Buffer {
  if (!html.includes(marker)) return html;
  const text = html
    .toString('utf8')
    .replace(SCRIPT_PRELOAD, '')
    .replace(SCRIPT, (script, attributes: string, body: string) =>
      NEXT_SCRIPT_SOURCE.test(attributes) || NEXT_INLINE_SCRIPT.test(body) ? '' : script,
    );
  return Buffer.from(text, 'utf8');
}
