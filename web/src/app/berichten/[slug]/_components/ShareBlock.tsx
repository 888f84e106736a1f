import type { ShareLink } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { shareLinksFor, type ShareTarget } from '@/lib/share';
import { articleSlug } from '@/lib/share-stats/article-slug';
import { CopyLinkButton } from './CopyLinkButton';
import { NativeShareButton } from './NativeShareButton';
import { ShareIcon } from './ShareIcon';
import { ShareTracker } from './ShareTracker';

/**
 * Plain links built from the CMS's share buttons: no third-party script, pixel or cookie. Which
 * platform readers pick is counted by the site itself (ShareTracker), per post and day only.
 */
export function ShareBlock({ links, target }: { links: ShareLink[]; target: ShareTarget }) {
  const items = shareLinksFor(links, target);
  const slug = articleSlug(target.url);
  const entries = (
    <>
      {items.map((item) => (
        <li key={item.platform}>
          <a
            className={`share__link share__link--${item.platform}`}
            href={item.href}
            rel="noopener noreferrer"
            target={item.platform === 'email' ? undefined : '_blank'}
            data-share-platform={item.platform}
          >
            <ShareIcon platform={item.platform} />
            {item.label}
          </a>
        </li>
      ))}
      <CopyLinkButton url={target.url} />
      <NativeShareButton url={target.url} title={target.title} />
    </>
  );
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{nl.article.share}</h2>
      <nav aria-label={nl.article.share}>
        {slug ? (
          <ShareTracker slug={slug}>{entries}</ShareTracker>
        ) : (
          <ul className="share__list">{entries}</ul>
        )}
      </nav>
    </section>
  );
}
