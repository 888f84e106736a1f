const MAX_LENGTH = 2000;
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f]/;

type Checked = { path: string } | { problem: string };

/**
 * An old address as an editor pastes it or an importer finds it: a path (`/2019/03/werkbezoek/`,
 * `/?p=123`) or a whole URL of the old site, of which only the path and query are kept.
 */
export function oldAddress(raw: unknown): Checked {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { problem: 'Vul het oude adres in, bijvoorbeeld /2019/03/werkbezoek/.' };
  let path = text;
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      path = `${url.pathname}${url.search}`;
    } catch {
      return { problem: `"${text.slice(0, 80)}" is geen geldig adres.` };
    }
  }
  if (!path.startsWith('/') || path.startsWith('//') || CONTROL_OR_SPACE.test(path)) {
    return {
      problem: 'Een oud adres begint met / (of is een volledig adres met https://) en bevat geen spaties.',
    };
  }
  if (path.length > MAX_LENGTH) return { problem: `Een oud adres is hooguit ${MAX_LENGTH} tekens.` };
  return { path };
}

/** Where a redirect may lead: a path on this site, never another site (`//x` or `/\x` included). */
export function sitePath(raw: unknown): Checked {
  const path = typeof raw === 'string' ? raw.trim() : '';
  if (!path.startsWith('/') || /^\/[/\\]/.test(path) || CONTROL_OR_SPACE.test(path)) {
    return {
      problem:
        'Het nieuwe adres is een pad op deze site, bijvoorbeeld /berichten/werkbezoek-leger-des-heils.',
    };
  }
  if (path.length > MAX_LENGTH) return { problem: `Een nieuw adres is hooguit ${MAX_LENGTH} tekens.` };
  return { path };
}

/** Two addresses that lead to the same page: equal but for a trailing slash. */
export const sameAddress = (a: string, b: string) =>
  a.replace(/(.)\/+$/, '$1') === b.replace(/(.)\/+$/, '$1');
