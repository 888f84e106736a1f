/** The secrets a production CMS runs on; every one must be set, unguessable and not an example. */
const REQUIRED = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'CMS_PREVIEW_TOKEN',
] as const;

const MIN_LENGTH = 16;
// Strapi's own .env.example values and the usual placeholders.
const PLACEHOLDER = /^(?:tobemodified\d*|change-?me.*|secret|password|example.*|test|xxx+|\.\.\.)$/i;

/** What is wrong with the secrets in `env`, one Dutch sentence per variable; empty when all is well. */
export function secretProblems(env: Record<string, string | undefined>): string[] {
  return REQUIRED.flatMap((name) => {
    const value = env[name]?.trim() ?? '';
    const parts = name === 'APP_KEYS' ? value.split(',').map((part) => part.trim()) : [value];
    if (!value) return [`${name} ontbreekt`];
    if (parts.some((part) => PLACEHOLDER.test(part))) return [`${name} is een voorbeeldwaarde`];
    if (parts.some((part) => part.length < MIN_LENGTH)) return [`${name} is korter dan ${MIN_LENGTH} tekens`];
    return [];
  });
}

/** Stops a production CMS that would run on missing, example or weak secrets. */
export function refuseUnsafeSecrets(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = secretProblems(env);
  if (problems.length > 0) {
    throw new Error(`Het CMS start niet met onveilige geheimen: ${problems.join('; ')}. Zie .env.example.`);
  }
}
