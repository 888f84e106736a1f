import type { Site } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
};

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section>
          <h2>{nl.site.footerAbout}</h2>
          <p>{site.description ?? site.name}</p>
        </section>
        {site.socialLinks.length > 0 ? (
          <section>
            <h2>{nl.site.footerFollow}</h2>
            <ul className="site-footer__social">
              {site.socialLinks.map((link) => (
                <li key={link.platform}>
                  <a href={link.url} rel="noopener noreferrer me">
                    {PLATFORM_NAMES[link.platform] ?? link.platform}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <p className="site-footer__copy">© {site.name}</p>
    </footer>
  );
}
