'use client';

import { nl } from '@/lib/i18n/nl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="message-page">
      <h1>{nl.error.title}</h1>
      <p>{nl.error.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {nl.error.retry}
        </button>
      </p>
    </section>
  );
}
