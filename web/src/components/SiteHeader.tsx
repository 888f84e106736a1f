import Link from 'next/link';
import type { Site } from '@/lib/cms';
import { nl } from '@/lib/i18n/nl';
import { SearchField } from './SearchField';

export function SiteHeader({ site }: { site: Site }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#inhoud">
        {nl.site.skipToContent}
      </a>
      <div className="site-header__inner site-header__inner--with-search">
        <Link href="/" className="site-header__brand">
          {site.logo ? <img src={site.logo.src} alt="" width={40} height={40} /> : null}
          <span>
            <span className="site-header__name">{site.name}</span>
            {site.tagline ? <span className="site-header__tagline">{site.tagline}</span> : null}
          </span>
        </Link>
        <SearchField />
      </div>
    </header>
  );
}
