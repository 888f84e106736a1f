import { listPosts } from '@/lib/cms';
import { unlessCmsUnavailable } from '@/lib/http/cms-unavailable';
import { parsePageParam } from '@/lib/pagination';
import { jsonProblem } from '@/lib/http/problem';

/**
 * One page of the front page's posts as JSON, for "Meer berichten". The posts come from the same
 * cached CMS data as the pages, so a click costs no CMS request once a page has been read.
 */
export async function GET(request: Request) {
  const page = parsePageParam(new URL(request.url).searchParams.get('pagina') ?? undefined);
  if (page === null) return jsonProblem(400, 'pagina moet een positief geheel getal zijn.');
  return unlessCmsUnavailable(async () => {
    const posts = await listPosts({ page });
    if (page > 1 && page > posts.pageCount) return jsonProblem(404, 'Deze pagina bestaat niet.');
    return Response.json(posts, { headers: { 'Cache-Control': 'no-store' } });
  }, 'Berichten zijn even niet beschikbaar.');
}
