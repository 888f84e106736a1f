import { adminLogin } from '../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { cmsUrl } from './cms';

export type AdminAccount = { email: string; password: string };

async function asSuperAdmin(path: string, init: RequestInit = {}): Promise<unknown> {
  const token = await adminLogin(cmsUrl(), TEST_ADMIN.email, TEST_ADMIN.password);
  const response = await fetch(`${cmsUrl()}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${path} → ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

const dataOf = (body: unknown): unknown =>
  typeof body === 'object' && body !== null ? Reflect.get(body, 'data') : undefined;

/**
 * A faction member with a role, brought in as the Super Admin does (Instellingen → Gebruikers →
 * Nieuwe gebruiker uitnodigen) and registered through the invitation, so the account is as new
 * as a real one: the browser logs in with it only once, within the admin's login limit.
 */
export async function inviteFactionMember(
  role: 'Auteur' | 'Redacteur',
  person: { firstname: string; lastname: string },
): Promise<AdminAccount> {
  const roles = dataOf(await asSuperAdmin('/admin/roles'));
  const found: unknown = Array.isArray(roles)
    ? roles.find((entry: unknown) => Reflect.get(Object(entry), 'name') === role)
    : undefined;
  const roleId: unknown = found === undefined ? undefined : Reflect.get(Object(found), 'id');
  if (typeof roleId !== 'number') throw new Error(`De rol ${role} bestaat niet`);
  const email = `${person.firstname.toLowerCase()}-${Date.now()}@test.fractieblog.nl`;
  const invited = dataOf(
    await asSuperAdmin('/admin/users', {
      method: 'POST',
      body: JSON.stringify({ ...person, email, roles: [roleId] }),
    }),
  );
  const registrationToken: unknown = Reflect.get(Object(invited), 'registrationToken');
  if (typeof registrationToken !== 'string') throw new Error('De uitnodiging heeft geen token');
  const password = 'Fractielid-E2e-2026';
  const registered = await fetch(`${cmsUrl()}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { ...person, password } }),
  });
  if (!registered.ok) throw new Error(`/admin/register → ${registered.status}: ${await registered.text()}`);
  return { email, password };
}
