'use client';

import { useState } from 'react';
import { nl } from '@/lib/i18n/nl';

/** Copies the article's canonical URL and says so in a live region, for screen readers too. */
export function CopyLinkButton({ url }: { url: string }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(nl.article.copied);
    } catch {
      setMessage(nl.article.copyFailed);
    }
  };
  return (
    <li>
      <button
        type="button"
        className="share__link share__link--button"
        onClick={copy}
        data-share-platform="copy"
      >
        {nl.article.copyLink}
      </button>
      <span className="share__status" aria-live="polite">
        {message}
      </span>
    </li>
  );
}
