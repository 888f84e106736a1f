/**
 * A page that needs no React in the browser says so in its metadata (`other`), which Next writes
 * as `<meta name="fractieblog-document" content="static">`. The site's server then sends it without
 * Next's runtime (web/server/static-document.ts): a reader gets the HTML, the CSS and the page's own
 * small inline scripts, and a link to another page is an ordinary page load.
 */
export const STATIC_DOCUMENT_METADATA = { 'fractieblog-document': 'static' } as const;

/** The tag that metadata becomes in the page's HTML, exactly as React writes it. */
export const STATIC_DOCUMENT_TAG = '<meta name="fractieblog-document" content="static"/>';
