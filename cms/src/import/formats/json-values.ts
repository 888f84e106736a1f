import type { JsonPath } from './json-records';

/** A JSON object from the export: only its own fields count ("__proto__" in a file is just a key). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Ids were numbers before Ghost 1.0 and are strings since; both come out as strings. */
export function stringField(object: JsonObject, key: string): string | undefined {
  const value = field(object, key);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function numberField(object: JsonObject, key: string): number {
  const value = field(object, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function rawField(object: JsonObject, key: string): unknown {
  return field(object, key);
}

/**
 * Where Ghost keeps a table's rows: db.0.data.<table>.<n>, or data.<table>.<n> in a file written by
 * hand without the "db" wrapper; the export's meta object is the table "meta".
 */
export function ghostSelector(tables: ReadonlySet<string>): (path: JsonPath) => string | undefined {
  return (path) => {
    const rest = path[0] === 'db' && path[1] === 0 ? path.slice(2) : path;
    if (rest.length === 1 && rest[0] === 'meta') return tables.has('meta') ? 'meta' : undefined;
    const [data, table, index] = rest;
    if (rest.length !== 3 || data !== 'data' || typeof index !== 'number') return undefined;
    return typeof table === 'string' && tables.has(table) ? table : undefined;
  };
}
