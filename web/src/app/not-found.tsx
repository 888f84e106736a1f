import Link from 'next/link';
import { nl } from '@/lib/i18n/nl';

export const metadata = { title: nl.notFound.title };

export default function NotFound() {
  return (
    <section className="message-page">
      <p className="message-page__code">404</p>
      <h1>{nl.notFound.title}</h1>
      <p>{nl.notFound.body}</p>
      <p>
        <Link href="/" className="button">
          {nl.notFound.home}
        </Link>
      </p>
    </section>
  );
}
