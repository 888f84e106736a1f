/** The XML namespaces the readers match on, by URI: prefixes are the exporter's choice. */

export const ATOM = 'http://www.w3.org/2005/Atom';

/** WXR 1.0, 1.1 and 1.2 differ in details the readers do not depend on. */
export const WXR = /^http:\/\/wordpress\.org\/export\/1\.\d+\/$/;
export const WXR_EXCERPT = /^http:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;

export const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** Blogger's current export (Takeout, "Back up content" since 2018). */
export const BLOGGER = 'http://schemas.google.com/blogger/2018';

/** The legacy Blogger export tells entries apart by a category in this scheme. */
export const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
export const BLOGGER_KIND = 'http://schemas.google.com/blogger/2008/kind#';

/** Atom Publishing Protocol, the pre-standard namespace legacy Blogger uses, and the final one. */
export const APP = /^(?:http:\/\/purl\.org\/atom\/app#|http:\/\/www\.w3\.org\/2007\/app)$/;

/** Elements without a namespace: RSS 2.0. */
export const RSS = '';
