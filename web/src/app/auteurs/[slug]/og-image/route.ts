import { getAuthorBySlug, getSite } from '@/lib/cms';
import { answerShareImage } from '@/lib/og/answer';
import { authorShareImage } from '@/lib/og/sources';

export async function GET(_request: Request, { params }: RouteContext<'/auteurs/[slug]/og-image'>) {
  const { slug } = await params;
  return answerShareImage(async () => {
    const [author, site] = await Promise.all([getAuthorBySlug(slug), getSite()]);
    return author ? authorShareImage(author, site) : null;
  });
}
