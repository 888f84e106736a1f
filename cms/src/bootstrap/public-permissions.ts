import type { Core } from '@strapi/strapi';

const READABLE = ['post', 'author', 'label', 'share-link'] as const;

/**
 * Everything the Public role may do: read the five content types, search posts and read the
 * redirect table (the site serves it to anyone who asks for an old address anyway). Nothing else.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...READABLE.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  'api::site.site.find',
  'api::post.post.search',
  'api::redirect.redirect.table',
];

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * Makes the Public role read-only and the Authenticated role empty, whatever an earlier boot or an
 * admin click left behind: users-permissions grants sign-up and login routes out of the box.
 */
export async function restrictPublicRoles(strapi: Core.Strapi) {
  const roles = await strapi.db
    .query(ROLE)
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  for (const role of roles) {
    const allowed = role.type === 'public' ? PUBLIC_ACTIONS : [];
    const granted: { id: number; action: string }[] = await strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: role.id } });
    const surplus = granted.filter((permission) => !allowed.includes(permission.action));
    if (surplus.length > 0) {
      await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: surplus.map((p) => p.id) } } });
    }
    const missing = allowed.filter((action) => !granted.some((permission) => permission.action === action));
    for (const action of missing) {
      await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  }

  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) as Record<string, unknown> | null) ?? {};
  if (settings.allow_register !== false) {
    await advanced.set({ value: { ...settings, allow_register: false } });
  }
}
