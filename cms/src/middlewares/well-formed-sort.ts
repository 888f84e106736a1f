import type { Core } from '@strapi/strapi';

const FIELD_PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$/;
const SORT_ENTRY = /^([^:]*)(?::(?:asc|desc))?$/i;
const DIRECTION = /^(?:asc|desc)$/i;

/**
 * Whether a `sort` parameter names only field paths (`title`, `author.name:desc`, or the object
 * form). Strapi 5.54 answers a 500 for paths with empty segments such as `..\\x`; those are
 * refused here with a 400 before they reach it. Which fields exist is still Strapi's to check.
 */
export function isWellFormedSort(sort: unknown, depth = 0): boolean {
  if (sort === undefined) return true;
  if (depth > 5) return false;
  if (typeof sort === 'string') {
    return sort.split(',').every((entry) => FIELD_PATH.test(SORT_ENTRY.exec(entry.trim())?.[1] ?? ''));
  }
  if (Array.isArray(sort)) return sort.every((entry) => isWellFormedSort(entry, depth + 1));
  if (typeof sort === 'object' && sort !== null) {
    return Object.entries(sort).every(
      ([key, value]) =>
        FIELD_PATH.test(key) &&
        (typeof value === 'string' ? DIRECTION.test(value) : isWellFormedSort(value, depth + 1)),
    );
  }
  return false;
}

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  if (!ctx.path.toLowerCase().startsWith('/api/') || isWellFormedSort(ctx.query.sort)) return next();
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message: 'Ongeldige sortering: gebruik veldnamen, zoals sort=publicationDate:desc.',
      details: {},
    },
  };
};
