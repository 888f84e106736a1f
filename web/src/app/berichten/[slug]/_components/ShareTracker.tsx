'use client';

import type { MouseEvent, ReactNode } from 'react';
import { isSharePlatform } from '@fractieblog/contract';
import { sendShare } from '@/lib/share-stats/send-share';

/** The platform of the share control that was clicked, from its `data-share-platform`. */
function platformOf(target: EventTarget) {
  const control = target instanceof Element ? target.closest('[data-share-platform]') : null;
  const platform = control?.getAttribute('data-share-platform');
  return isSharePlatform(platform) ? platform : null;
}

/**
 * The share list, counting which platform readers pick. The links stay plain server-rendered
 * `<a>`s: the count is sent beside the click, never instead of it, so the platform opens at once
 * and without JavaScript the links simply work uncounted.
 */
export function ShareTracker({ slug, children }: { slug: string; children: ReactNode }) {
  const count = (event: MouseEvent) => {
    // A middle click opens a link in a new tab too; other buttons open no platform.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const platform = platformOf(event.target);
    // A count that does not arrive is lost, never retried: the reader has moved on.
    if (platform) sendShare({ slug, platform }).catch(() => undefined);
  };
  return (
    <ul className="share__list" onClick={count} onAuxClick={count}>
      {children}
    </ul>
  );
}
