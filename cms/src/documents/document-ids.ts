/** Ids of the documents a document-service action touches: one, or a `{ $in: [...] }` from bulk actions. */
export function documentIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const list: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, '$in') : undefined;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}
