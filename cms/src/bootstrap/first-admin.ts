import type { Core } from '@strapi/strapi';

const EXAMPLE_PASSWORDS = ['Verander-mij-1', 'changeme', 'Password1', 'Admin123'];

/** A password strong enough for a production admin: long, mixed, and not one from the examples. */
export function weakPasswordReason(password: string): string | null {
  if (password.length < 12) return 'is korter dan 12 tekens';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password)) {
    return 'mist kleine letters, hoofdletters of cijfers';
  }
  if (EXAMPLE_PASSWORDS.some((example) => password.toLowerCase().includes(example.toLowerCase()))) {
    return 'is een voorbeeldwachtwoord';
  }
  return null;
}

/** Creates the first super admin from ADMIN_EMAIL/ADMIN_PASSWORD when the database has no admin. */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = strapi.config.get<string>('fractieblog.adminEmail');
  const password = strapi.config.get<string>('fractieblog.adminPassword');
  if (!email || !password) return;
  if (await strapi.service('admin::user').exists()) return;

  const weakness = weakPasswordReason(password);
  if (weakness && strapi.config.get<boolean>('fractieblog.production')) {
    throw new Error(`ADMIN_PASSWORD ${weakness}; kies een sterk wachtwoord voor productie.`);
  }

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: email.toLowerCase(),
    firstname: 'Beheerder',
    lastname: 'Fractie',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`Eerste beheerder aangemaakt: ${email}`);
}
