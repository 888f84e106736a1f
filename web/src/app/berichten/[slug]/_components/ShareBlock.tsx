import { SHARE_PLATFORMS } from '@fractieblog/contract';
import type { ShareLink } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { inlineScript } from '@/lib/islands/inline-script';
import { shareLinksFor, type ShareTarget } from '@/lib/share';
import { articleSlug } from '@/lib/share-stats/article-slug';
import { ShareIcon } from './ShareIcon';
import { enhanceShareList, type ShareListSettings } from './share-list-script';

/**
 * Plain links built from the CMS's share buttons: no third-party script, pixel or cookie. Which
 * platform readers pick is counted by the site itself (share-list-script.ts), per post and day only.
 * The page is sent without React, so the list's few actions are one small inline script.
 */
export function ShareBlock({ links, target }: { links: ShareLink[]; target: ShareTarget }) {
  const settings: ShareListSettings = {
    slug: articleSlug(target.url),
    url: target.url,
    title: target.title,
    platforms: SHARE_PLATFORMS,
    copied: nl.article.copied,
    copyFailed: nl.article.copyFailed,
  };
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{nl.article.share}</h2>
      <nav aria-label={nl.article.share}>
        <ul className="share__list">
          {shareLinksFor(links, target).map((item) => (
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
          {/* The script shows these before React would hydrate them (only `next dev` does). */}
          <li hidden suppressHydrationWarning>
            <button type="button" className="share__link share__link--button" data-share-platform="copy">
              {nl.article.copyLink}
            </button>
            <span className="share__status" aria-live="polite" data-share-status="" />
          </li>
          <li hidden suppressHydrationWarning>
            <button type="button" className="share__link share__link--button" data-share-platform="native">
              {nl.article.nativeShare}
            </button>
          </li>
        </ul>
        <script dangerouslySetInnerHTML={{ __html: inlineScript(enhanceShareList, settings) }} />
      </nav>
    </section>
  );
}
