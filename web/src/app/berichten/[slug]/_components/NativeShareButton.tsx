'use client';

import { useSyncExternalStore } from 'react';
import { nl } from '@/lib/i18n/nl';

const subscribe = () => () => {};
const canShare = () => typeof navigator.share === 'function';

/** The browser's own share sheet, offered only where the browser has one. */
export function NativeShareButton({ url, title }: { url: string; title: string }) {
  const available = useSyncExternalStore(subscribe, canShare, () => false);
  if (!available) return null;
  const share = () => navigator.share({ url, title }).catch(() => undefined);
  return (
    <li>
      <button
        type="button"
        className="share__link share__link--button"
        onClick={share}
        data-share-platform="native"
      >
        {nl.article.nativeShare}
      </button>
    </li>
  );
}
