'use client';

import { usePathname } from 'next/navigation';
import { nl } from '@/lib/i18n/nl';

/** Shown only in draft mode: editors must never mistake a preview for the public page. */
export function PreviewBanner() {
  const pathname = usePathname();
  return (
    <div className="preview-banner" role="status">
      <strong>{nl.preview.title}</strong> {nl.preview.body}{' '}
      <a href={`/api/preview/exit?path=${encodeURIComponent(pathname)}`}>{nl.preview.exit}</a>
    </div>
  );
}
