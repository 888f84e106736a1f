import { getSite } from '@/lib/cms';
import { answerShareImage } from '@/lib/og/answer';
import { frontShareImage } from '@/lib/og/sources';

/** The front page's share image: the site's share photo, or a card with its name. */
export async function GET() {
  return answerShareImage(async () => frontShareImage(await getSite()));
}
