import type { ShareLink } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { shareLinksFor, type ShareTarget } from '@/lib/share';
import { CopyLinkButton } from './CopyLinkButton';
import { NativeShareButton } from './NativeShareButton';
import { ShareIcon } from './ShareIcon';

/** Plain links built from the CMS's share buttons: no third-party script, pixel or cookie. */
export function ShareBlock({ links, target }: { links: ShareLink[]; target: ShareTarget }) {
  const items = shareLinksFor(links, target);
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{nl.article.share}</h2>
      <nav aria-label={nl.article.share}>
        <ul className="share__list">
          {items.map((item) => (
            <li key={item.platform}>
              <a
                className={`share__link share__link--${item.platform}`}
                href={item.href}
                rel="noopener noreferrer"
                target={item.platform === 'email' ? undefined : '_blank'}
              >
                <ShareIcon platform={item.platform} />
                {item.label}
              </a>
            </li>
          ))}
          <CopyLinkButton url={target.url} />
          <NativeShareButton url={target.url} title={target.title} />
        </ul>
      </nav>
    </section>
  );
}
