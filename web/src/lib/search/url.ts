/** The address of a search: `/zoeken?q=…&pagina=N`, without the parts that are empty or 1. */
export function searchHref(text: string, page = 1): string {
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  if (page > 1) params.set('pagina', String(page));
  const search = params.toString();
  return search ? `/zoeken?${search}` : '/zoeken';
}
