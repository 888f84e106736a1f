import Link from 'next/link';
import type { Label } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';

export function LabelList({ labels }: { labels: Label[] }) {
  if (labels.length === 0) return null;
  return (
    <div className="labels">
      <h2 className="labels__title">{nl.article.labels}</h2>
      <ul className="labels__list">
        {labels.map((label) => (
          <li key={label.slug}>
            <Link href={`/labels/${label.slug}`}>{label.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
