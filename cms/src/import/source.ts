/**
 * What every export reader (WordPress WXR, Blogger Atom, Ghost JSON, RSS/Atom feed) makes of an
 * export, before anything is mapped onto fractieblog's content: one stream of these events. The
 * readers know their format; the import run (run-import.ts) knows Strapi.
 */

export type SourceFormat = 'wxr' | 'blogger' | 'ghost' | 'feed';

/** A person who wrote posts. Never an e-mail address: it would end up public. */
export type SourceAuthor = {
  /** Stable within the export (WordPress login, Blogger profile id or name, Ghost user id). */
  key: string;
  name: string;
  /** The old site's slug for the author, when it had one (may be invalid for fractieblog). */
  slug?: string;
};

/** A category or tag: both become labels. */
export type SourceTerm = { kind: 'category' | 'tag'; name: string; slug?: string };

/** An image the old site showed, by its address there. */
export type SourceImage = { url: string; alt?: string; caption?: string };

export type SourcePost = {
  kind: 'post';
  /** Stable within the export: the same entry gets the same key in every run (guid, post id…). */
  key: string;
  title: string;
  /** The old site's slug, as it was (the import makes it valid). */
  slug?: string;
  /** Published stays published; drafts and scheduled posts become drafts. */
  status: 'published' | 'draft';
  /** When it was (or is to be) published: ISO 8601 in UTC. */
  publishedAt?: string;
  /** When the source last changed it: ISO 8601 in UTC (a second run updates what changed). */
  modifiedAt?: string;
  /** The body as the old site stored it: HTML, with shortcodes still in it. */
  html: string;
  /** The old site's own excerpt, plain text, when it had one. */
  excerpt?: string;
  author?: SourceAuthor;
  terms: SourceTerm[];
  /** The featured image, with its alt text. */
  cover?: SourceImage;
  /**
   * Every URL under which the old site showed this post (permalink, ?p=ID, …): absolute, or a path
   * from the root when the export does not know the site's address (Ghost, Blogger's current one).
   */
  oldUrls: string[];
};

/** An entry that is not imported, and why: the report lists each one. */
export type SourceSkipped = {
  kind: 'skipped';
  key: string;
  title: string;
  reason: 'page' | 'private' | 'password' | 'trash' | 'menu-item' | 'comment' | 'other';
  /** A Dutch explanation for anything the reason alone does not say. */
  detail?: string;
};

/** A category or tag page of the old site, so its old URLs lead to the new label page. */
export type SourceTermPage = { kind: 'term'; term: SourceTerm; oldUrls: string[] };

/** An author page of the old site, so its old URLs lead to the new author page. */
type SourceAuthorPage = { kind: 'author'; author: SourceAuthor; oldUrls: string[] };

/** What the export says about the old site itself. */
export type SourceSite = { kind: 'site'; format: SourceFormat; title?: string; url?: string };

/** Something the editor should know that is not about one entry (Dutch). */
type SourceWarning = { kind: 'warning'; message: string };

export type SourceEvent =
  SourcePost | SourceSkipped | SourceTermPage | SourceAuthorPage | SourceSite | SourceWarning;

/**
 * An export that cannot be read (malformed, truncated, too big, not an export at all). Its message
 * is Dutch and says what to do; the import stops before anything is written.
 */
export class ImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
  }
}
