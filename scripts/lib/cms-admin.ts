/** Talks to a running Strapi's admin API the way an editor's browser does, for tests and benches. */

type ApiTokenType = 'read-only' | 'full-access';

async function adminJson(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}

function field(value: unknown, ...path: string[]): string {
  let current: unknown = value;
  for (const key of path) {
    current = typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  }
  if (typeof current !== 'string') throw new Error(`Onverwacht antwoord: ${path.join('.')} ontbreekt`);
  return current;
}

const sessions = new Map<string, Promise<string>>();

/**
 * An admin session token. Strapi allows only a few logins per account in five minutes, so one
 * login per CMS and account is reused for the life of the process.
 */
export function adminLogin(cmsUrl: string, email: string, password: string): Promise<string> {
  const key = `${cmsUrl} ${email}`;
  const known = sessions.get(key);
  if (known) return known;
  const session = adminJson(`${cmsUrl}/admin/login`, {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  }).then((body) => field(body, 'data', 'token'));
  session.catch(() => sessions.delete(key));
  sessions.set(key, session);
  return session;
}

/** Forgets the session of an account, e.g. after its database was replaced. */
export function forgetAdminLogin(cmsUrl: string, email: string): void {
  sessions.delete(`${cmsUrl} ${email}`);
}

/** Creates an API token as the admin would in Settings → API Tokens; returns its secret. */
export async function createApiToken(
  cmsUrl: string,
  admin: { email: string; password: string },
  type: ApiTokenType,
): Promise<string> {
  const jwt = await adminLogin(cmsUrl, admin.email, admin.password);
  const body = await adminJson(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({
      name: `test-${type}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      description: 'Aangemaakt door een test',
      type,
      lifespan: null,
    }),
  });
  return field(body, 'data', 'accessKey');
}

/**
 * The editor's Publish and Unpublish buttons (the admin API): Strapi 5's content API cannot
 * unpublish, and its publish skips nothing the admin would not.
 */
export async function editorPostAction(
  cmsUrl: string,
  admin: { email: string; password: string },
  action: 'publish' | 'unpublish',
  documentId: string,
): Promise<void> {
  const jwt = await adminLogin(cmsUrl, admin.email, admin.password);
  await adminJson(
    `${cmsUrl}/content-manager/collection-types/api::post.post/${documentId}/actions/${action}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${jwt}` },
      body: JSON.stringify({}),
    },
  );
}
