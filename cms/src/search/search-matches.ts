import type { Core } from '@strapi/strapi';
import { qualified, searchTableOf } from './search-index';

/** The trigram index finds substrings of three characters or more; shorter ones are scanned. */
const TRIGRAM = 3;

const isIndexed = (term: string) => [...term].length >= TRIGRAM;

/** An FTS5 phrase that matches `term` as a substring; quotes doubled, as FTS5 escapes them. */
const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The documentIds of the published posts whose search text contains every term, newest first.
 * One indexed pass gives both the total and every page; terms are normalised words (letters and
 * digits only), see `searchTerms`.
 */
export async function findMatchingPosts(strapi: Core.Strapi, terms: string[]): Promise<string[]> {
  const names = searchTableOf(strapi);
  const db = strapi.db.connection;
  const query = db(qualified(names, names.table))
    .select(names.documentId)
    .whereNotNull(names.publishedAt)
    .orderBy([
      { column: names.publicationDate, order: 'desc' },
      { column: names.publishedAt, order: 'desc' },
      { column: names.id, order: 'desc' },
    ]);

  // SQLite matches long terms in its FTS5 table; Postgres's trigram index serves LIKE itself.
  const fts = names.client === 'sqlite' && (await hasSqliteIndex(strapi, names.index));
  const indexed = fts ? terms.filter(isIndexed) : [];
  const scanned = terms.filter((term) => !indexed.includes(term));
  if (indexed.length > 0) {
    // `+id` keeps SQLite from fetching every match by rowid (reading whole rows, bodies and all):
    // it walks the date index instead, which holds all this query reads, already in order.
    query.whereRaw('+?? IN (SELECT rowid FROM ?? WHERE ?? MATCH ?)', [
      names.id,
      names.index,
      names.index,
      indexed.map(phrase).join(' AND '),
    ]);
  }
  for (const term of scanned) {
    query.whereRaw(`?? LIKE ? ESCAPE '\\'`, [names.searchText, `%${likeEscape(term)}%`]);
  }
  const rows: Record<string, string>[] = await query;
  return rows.map((row) => String(row[names.documentId]));
}

const indexSeen = new WeakMap<Core.Strapi, boolean>();

/**
 * Whether the FTS5 table exists: `ensureSearchIndex` only warns where SQLite lacks FTS5. Once
 * seen it stays (nothing drops it while the CMS runs); until then every search looks again.
 */
async function hasSqliteIndex(strapi: Core.Strapi, index: string): Promise<boolean> {
  if (indexSeen.get(strapi)) return true;
  const found = await strapi.db.connection('sqlite_master').where({ name: index }).first('name');
  indexSeen.set(strapi, Boolean(found));
  return Boolean(found);
}
