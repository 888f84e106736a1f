import type { Core } from '@strapi/strapi';

/** Resolves whatever shape the content API or the admin sends for a single media field. */
export async function findMedia(strapi: Core.Strapi, ref: unknown) {
  let where: { id: number } | { documentId: string } | null = null;
  if (typeof ref === 'number') where = { id: ref };
  else if (typeof ref === 'string' && ref !== '')
    where = /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
  else if (typeof ref === 'object' && ref !== null) {
    const id: unknown = Reflect.get(ref, 'id');
    const documentId: unknown = Reflect.get(ref, 'documentId');
    if (typeof id === 'number') where = { id };
    else if (typeof documentId === 'string') where = { documentId };
  }
  if (!where) return null;
  return strapi.db.query('plugin::upload.file').findOne({ where, select: ['id', 'alternativeText'] });
}

/**
 * Whether a to-one relation is set after a write: `value` is what the request sends (a documentId,
 * an object, or Strapi's `{ connect, disconnect, set }`), `before` what the draft had.
 */
export function relationSetAfter(value: unknown, before: unknown): boolean {
  const hadOne = before !== null && before !== undefined;
  if (value === undefined) return hadOne;
  if (value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object') return true;
  const list = (key: string): unknown[] => {
    const entry: unknown = Reflect.get(value, key);
    return Array.isArray(entry) ? entry : [];
  };
  if (Array.isArray(Reflect.get(value, 'set'))) return list('set').length > 0;
  if ('connect' in value || 'disconnect' in value) {
    return list('connect').length > 0 || (hadOne && list('disconnect').length === 0);
  }
  return 'id' in value || 'documentId' in value;
}

/** The value a field has after a write: what the request sends, else what the draft had. */
export function valueAfter(data: Record<string, unknown>, draft: object | null, field: string): unknown {
  if (field in data) return data[field];
  return draft ? Reflect.get(draft, field) : undefined;
}

/** A boolean as the admin (true) or a form-encoded request ("true") sends it. */
export const isOn = (value: unknown): boolean => value === true || value === 'true';
