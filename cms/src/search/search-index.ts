import type { Core } from '@strapi/strapi';

const POST = 'api::post.post';

/** Names of the post table, its columns and the search index, as the database spells them. */
type SearchTable = {
  table: string;
  id: string;
  documentId: string;
  searchText: string;
  publishedAt: string;
  publicationDate: string;
  /** SQLite: the FTS5 table over `searchText`. Postgres: the trigram index on it. */
  index: string;
  client: 'sqlite' | 'postgres';
  /** The Postgres schema the table lives in; `undefined` on SQLite. */
  schema?: string;
};

const searchTables = new WeakMap<Core.Strapi, SearchTable>();

/** Read once from the content type's metadata, which does not change while the CMS runs. */
export function searchTableOf(strapi: Core.Strapi): SearchTable {
  const known = searchTables.get(strapi);
  if (known) return known;
  const names = readSearchTable(strapi);
  searchTables.set(strapi, names);
  return names;
}

function readSearchTable(strapi: Core.Strapi): SearchTable {
  const meta = strapi.db.metadata.get(POST);
  const column = (attribute: string) =>
    (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const client = strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite';
  return {
    table: meta.tableName,
    id: 'id',
    documentId: column('documentId'),
    searchText: column('searchText'),
    publishedAt: column('publishedAt'),
    publicationDate: column('publicationDate'),
    index: `${meta.tableName}_search`,
    client,
    schema: client === 'postgres' ? (strapi.db.getSchemaName() ?? 'public') : undefined,
  };
}

/** Qualifies a name with the Postgres schema, for `??` bindings. */
export const qualified = (names: SearchTable, name: string) =>
  names.schema ? `${names.schema}.${name}` : name;

/**
 * An index that finds a substring of `searchText` without reading every post, so a search stays
 * fast with many thousands of posts. It keeps the meaning of the plain scan it replaces (every term
 * a substring, accents and case already folded by `normaliseText`):
 * - SQLite: an FTS5 table with the trigram tokenizer, external content over the post table, kept
 *   by triggers, so every write path (the Document Service, `strapi import`, direct updates) keeps
 *   it. Strapi rebuilds a SQLite table to change a column, which drops its triggers; missing
 *   triggers therefore mean the index is rebuilt from the table.
 * - Postgres: a GIN trigram index (pg_trgm), which Postgres keeps itself and uses for `LIKE`.
 * Without it search still works, by scanning; so a database that refuses it only gets a warning.
 */
export async function ensureSearchIndex(strapi: Core.Strapi) {
  const names = searchTableOf(strapi);
  try {
    if (names.client === 'sqlite') await ensureSqliteIndex(strapi, names);
    else await ensurePostgresIndex(strapi, names);
  } catch (error) {
    strapi.log.warn(
      `Zoekindex niet aangemaakt; zoeken leest nu alle berichten (${(error as Error).message}).`,
    );
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const triggerNames = (index: string) => [`${index}_insert`, `${index}_update`, `${index}_delete`];

async function ensureSqliteIndex(strapi: Core.Strapi, names: SearchTable) {
  const db = strapi.db.connection;
  const { table, index, searchText, id } = names;
  const parts = [index, ...triggerNames(index)];
  const present = await db('sqlite_master').whereIn('name', parts).pluck('name');
  if (present.length === parts.length) return;

  // SQLite takes no bound values in DDL; these names come from the content type, not from input.
  const [insert, update, remove] = triggerNames(index).map(quoted);
  const [fts, posts, text, rowid] = [index, table, searchText, id].map(quoted);
  const add = `INSERT INTO ${fts}(rowid, ${text}) VALUES (new.${rowid}, new.${text});`;
  const drop = `INSERT INTO ${fts}(${fts}, rowid, ${text}) VALUES ('delete', old.${rowid}, old.${text});`;
  await db.transaction(async (trx) => {
    await trx.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(${text}, content=${literal(table)}, ` +
        `content_rowid=${literal(id)}, tokenize='trigram')`,
    );
    await trx.raw(`CREATE TRIGGER IF NOT EXISTS ${insert} AFTER INSERT ON ${posts} BEGIN ${add} END`);
    await trx.raw(`CREATE TRIGGER IF NOT EXISTS ${remove} AFTER DELETE ON ${posts} BEGIN ${drop} END`);
    await trx.raw(
      `CREATE TRIGGER IF NOT EXISTS ${update} AFTER UPDATE OF ${text} ON ${posts} BEGIN ${drop} ${add} END`,
    );
    await trx.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  });
  strapi.log.info(`Zoekindex ${index} opgebouwd.`);
}

async function ensurePostgresIndex(strapi: Core.Strapi, names: SearchTable) {
  const db = strapi.db.connection;
  // In `public`, not the CMS's own schema: an extension belongs to one schema, and dropping that
  // schema (as tests do with theirs) would take every trigram index in the database with it.
  await db.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  const found: { rows: { schema: string }[] } = await db.raw(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm'`,
  );
  const operators = `${quoted(found.rows[0]?.schema ?? 'public')}.gin_trgm_ops`;
  await db.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin (?? ${operators})`, [
    names.index,
    qualified(names, names.table),
    names.searchText,
  ]);
}
