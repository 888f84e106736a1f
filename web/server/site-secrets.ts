/** The secrets the site shares with the CMS; a production site refuses to start without them. */
const REQUIRED = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_PREVIEW_TOKEN'] as const;
const MIN_LENGTH = 16;
const PLACEHOLDER = /^(?:tobemodified\d*|change-?me.*|secret|password|example.*|test|xxx+|\.\.\.)$/i;

/** What is wrong with the site's secrets, one Dutch sentence per variable; empty when all is well. */
export function siteSecretProblems(env: Record<string, string | undefined>): string[] {
  return REQUIRED.flatMap((name) => {
    const value = env[name]?.trim() ?? '';
    if (!value) return [`${name} ontbreekt`];
    if (PLACEHOLDER.test(value)) return [`${name} is een voorbeeldwaarde`];
    if (value.length < MIN_LENGTH) return [`${name} is korter dan ${MIN_LENGTH} tekens`];
    return [];
  });
}
