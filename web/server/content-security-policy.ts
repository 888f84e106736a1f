import { createHash } from 'node:crypto';

// React escapes "<" and ">" in attribute values and "</script" inside a script's text, so in the
// HTML it renders a script element ends at the first "</script>".
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const HAS_SRC = /\ssrc\s*=/i;

/**
 * The CSP sources (`'sha256-…'`) of every inline script in a page: the React Server Components
 * payload and bootstrap scripts that Next writes into each page. Scripts loaded by `src` are not
 * listed; `'self'` allows those.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes) || text.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

type PolicyOrigins = {
  /** Where editors open the admin: the only other origin that may frame the site (preview). */
  cmsOrigin: string;
  /** Whether the site is served over https, so every request must be. */
  https: boolean;
};

/**
 * The Content-Security-Policy of a page: everything from the site itself (images and media come
 * through its own /uploads), scripts only from the site or inline with one of the page's own
 * hashes — no `unsafe-inline`, no `unsafe-eval` — and no plugins, foreign forms or base URLs.
 * Inline styles stay allowed: React writes `style` attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(scriptHashes: string[], origins: PolicyOrigins): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self' ${origins.cmsOrigin}`,
    ...(origins.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
