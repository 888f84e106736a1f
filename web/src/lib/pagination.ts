const MAX_PAGE = 10_000;

/**
 * The page number from `?pagina=`: absent means 1; anything that is not a plain positive whole
 * number (or is absurdly large) is null, which the routes answer with a 404.
 */
export function parsePageParam(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}

/** `?pagina=N` for page N, and a clean URL for page 1. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?pagina=${page}`;
}
