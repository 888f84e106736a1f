import { getLabelBySlug, getSite } from '@/lib/cms';
import { answerShareImage } from '@/lib/og/answer';
import { labelShareImage } from '@/lib/og/sources';

export async function GET(_request: Request, { params }: RouteContext<'/labels/[slug]/og-image'>) {
  const { slug } = await params;
  return answerShareImage(async () => {
    const [label, site] = await Promise.all([getLabelBySlug(slug), getSite()]);
    return label ? labelShareImage(label, site) : null;
  });
}
