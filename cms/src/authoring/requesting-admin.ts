import type { Core } from '@strapi/strapi';

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;

/**
 * The id of the admin user behind the current request, or null for the content API, the scheduler
 * and the seed. Only the admin strategy's user counts: on the content API `state.user` would be a
 * users-permissions account.
 */
export function requestingAdminId(strapi: Core.Strapi): number | null {
  const state: unknown = strapi.requestContext.get()?.state;
  if (field(field(field(state, 'auth'), 'strategy'), 'name') !== 'admin') return null;
  const id = field(field(state, 'user'), 'id');
  return typeof id === 'number' ? id : null;
}
