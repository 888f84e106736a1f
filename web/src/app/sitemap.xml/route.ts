import { connection } from 'next/server';
import { env } from '@/env';
import { listSitemapEntries } from '@/lib/cms';
import { escapeHtml } from '@/lib/blocks/static-markup';

/** A route of its own rather than app/sitemap.ts, which Next would render at build time without a CMS. */
export async function GET() {
  // Answered when asked, from cached CMS data: never rendered at build time, when there may be no CMS.
  await connection();
  const entries = await listSitemapEntries();
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeHtml(`${env.siteUrl}${entry.path}`)}</loc><lastmod>${entry.lastModified}</lastmod></url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
