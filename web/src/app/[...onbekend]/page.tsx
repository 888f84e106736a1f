import { notFound } from 'next/navigation';

/**
 * Any path no route knows: the Dutch 404 inside the real layout. Rendered per request so that
 * random paths from crawlers never fill the page cache.
 */
export const dynamic = 'force-dynamic';

export default function UnknownPage() {
  notFound();
}
