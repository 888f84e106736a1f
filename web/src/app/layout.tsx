import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { env } from '@/env';
import { loadSite } from '@/lib/loaders';
import './globals.css';

// Pages render per request for now, so whatever is published shows at once.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const site = await loadSite();
  return {
    metadataBase: new URL(env.siteUrl),
    title: {
      default: site.tagline ? `${site.name} – ${site.tagline}` : site.name,
      template: `%s · ${site.name}`,
    },
    description: site.description ?? undefined,
    icons: site.logo ? { icon: site.logo.src } : undefined,
  };
}

export const viewport: Viewport = { themeColor: '#0d5c4f', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await loadSite();
  return (
    <html lang="nl">
      <body>
        <SiteHeader site={site} />
        <main id="inhoud" className="site-main">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
