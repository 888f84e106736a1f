const MAX = 200;

/**
 * A valid fractieblog slug from the old site's slug, or from the title when that gives nothing:
 * lower case, accents taken off ("geïnformeerd" → "geinformeerd"), every other character a hyphen.
 */
export function slugFrom(oldSlug: string | undefined, title: string, fallback = 'bericht'): string {
  for (const candidate of [oldSlug, title]) {
    const slug = (candidate ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX)
      .replace(/-+$/, '');
    if (slug) return slug;
  }
  return fallback;
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` says is free. */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let number = 2; ; number += 1) {
    const suffix = `-${number}`;
    const slug = `${base.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await taken(slug))) return slug;
  }
}
