import type { Redirect } from '../src/lib/cms/redirects';

/** Query parameters that never pick a page: trackers, and Blogger's mobile switch (`?m=1`). */
const IGNORED_PARAMETERS = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|m|amp)$/i;

/**
 * The form in which old addresses are compared: the path, percent-decoded where it can be, in
 * lower case and without trailing slashes, then the parameters that can pick a page (`p=123`),
 * sorted. So `/2019/03/Werkbezoek/?m=1` and `/2019/03/werkbezoek` are one address.
 */
export function addressKey(pathAndQuery: string): { withQuery: string; path: string } {
  let url: URL;
  try {
    url = new URL(pathAndQuery, 'http://site.invalid');
  } catch {
    return { withQuery: pathAndQuery, path: pathAndQuery };
  }
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // a broken percent-encoding stays as it came
  }
  path = path.toLowerCase().replace(/\/+$/, '') || '/';
  const parameters = [...url.searchParams.entries()]
    .filter(([name]) => !IGNORED_PARAMETERS.test(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort();
  return { withQuery: parameters.length ? `${path}?${parameters.join('&')}` : path, path };
}

type Found = { location: string; status: 301 | 302 };

/** A table that could not be loaded (the CMS is down) is asked for again this often. */
const RETRY_MS = 10_000;
/** Changes heard while the table loads are loaded this long after it. */
const COALESCE_MS = 250;

/**
 * The redirects of the CMS in memory, answered before any page (an imported site has thousands, and
 * an old address is asked for by every old link). Loaded at start, and again whenever the CMS says
 * they changed (the `redirects` tag, heard by every replica through the SiteCache); meanwhile the
 * table loaded last keeps answering. A load that fails (the CMS is down) is tried again later.
 */
export class RedirectTable {
  private table = new Map<string, Found>();
  private loading: Promise<void> | null = null;
  private again = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly load: () => Promise<Redirect[]>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Where an old address leads, or null when it is no old address. */
  lookup(pathAndQuery: string): Found | null {
    if (this.table.size === 0) return null;
    const key = addressKey(pathAndQuery);
    const found =
      this.table.get(key.withQuery) ?? (key.withQuery !== key.path ? this.table.get(key.path) : undefined);
    if (!found || addressKey(found.location).withQuery === key.withQuery) return null;
    return found;
  }

  /** (Re)loads the table; a change heard while a load runs starts one more afterwards. */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = this.load()
      .then((redirects) => {
        const table = new Map<string, Found>();
        for (const { from, to, permanent } of redirects) {
          // The CMS checks this too; a table that somehow held another site's address is not followed.
          if (!to.startsWith('/') || /^\/[/\\]/.test(to)) continue;
          const key = addressKey(from).withQuery;
          if (!table.has(key)) table.set(key, { location: to, status: permanent ? 301 : 302 });
        }
        this.table = table;
        clearTimeout(this.retry);
      })
      .catch((error: unknown) => {
        this.onError(error);
        clearTimeout(this.retry);
        this.retry = setTimeout(() => void this.refresh(), RETRY_MS);
        this.retry.unref();
      })
      .finally(() => {
        this.loading = null;
        if (this.again) {
          this.again = false;
          // An import adds redirects by the thousand: the changes heard meanwhile are loaded
          // together, a moment later, rather than the whole table once per change.
          setTimeout(() => void this.refresh(), COALESCE_MS).unref();
        }
      });
    return this.loading;
  }

  get size(): number {
    return this.table.size;
  }
}
