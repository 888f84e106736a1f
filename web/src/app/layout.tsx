import type { Metadata, Viewport } from 'next';
import { draftMode } from 'next/headers';
import type { ReactNode } from 'react';
import { PreviewBanner } from '@/components/PreviewBanner';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { env } from '@/env';
import { loadSite } from '@/lib/loaders';
import './globals.css';

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
  const [site, { isEnabled: previewing }] = await Promise.all([loadSite(), draftMode()]);
  return (
    <html lang="nl">
      <body>
        {previewing ? <PreviewBanner /> : null}
        <SiteHeader site={site} />
        <main id="inhoud" className="site-main">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
