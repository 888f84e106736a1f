import { fetchUpload, isUploadName } from '@/lib/cms/uploads';
import { cmsUnavailable } from '@/lib/http/cms-unavailable';

const PASSED_HEADERS = ['content-type', 'content-length', 'etag', 'last-modified'];

/**
 * Media from the CMS, served from the site's own origin: browsers never need the CMS's address,
 * and CMS_URL may be an internal host. Upload names carry a content hash, so they never change.
 */
export async function GET(request: Request, { params }: RouteContext<'/uploads/[...path]'>) {
  const { path } = await params;
  const [name] = path;
  if (path.length !== 1 || !name || !isUploadName(name)) {
    return new Response('Niet gevonden', { status: 404 });
  }
  const unavailable = () => cmsUnavailable('Afbeelding tijdelijk niet beschikbaar', 'text');
  let upstream: Response;
  try {
    upstream = await fetchUpload(name, request.headers.get('if-none-match'));
  } catch {
    return unavailable();
  }
  if (upstream.status === 304) return new Response(null, { status: 304 });
  // The CMS, or the bucket behind it, is away for now: the image is not gone.
  if (upstream.status >= 500) return unavailable();
  if (!upstream.ok || !upstream.body) return new Response('Niet gevonden', { status: 404 });
  const headers = new Headers({
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  });
  for (const header of PASSED_HEADERS) {
    const value = upstream.headers.get(header);
    if (value) headers.set(header, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
