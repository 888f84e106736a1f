import { getPostBySlug, getSite } from '@/lib/cms';
import { answerShareImage } from '@/lib/og/answer';
import { postShareImage } from '@/lib/og/sources';

/** The article's share image: its cover cropped to 1200×630, or a generated card. */
export async function GET(_request: Request, { params }: RouteContext<'/berichten/[slug]/og-image'>) {
  const { slug } = await params;
  return answerShareImage(async () => {
    const [post, site] = await Promise.all([getPostBySlug(slug), getSite()]);
    return post ? postShareImage(post, site) : null;
  });
}
