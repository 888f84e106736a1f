/** Slugs are lowercase words joined by hyphens (the CMS enforces the same); anything else is a miss. */
export function isSlug(value: string): boolean {
  return value.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
