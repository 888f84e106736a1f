import { connection } from 'next/server';
import { env } from '@/env';

/** SITE_URL is read when the site runs, not when it is built, so this is a route, not app/robots.ts. */
export async function GET() {
  // Answered when asked, from cached CMS data: never rendered at build time, when there may be no CMS.
  await connection();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    '',
    `Sitemap: ${env.siteUrl}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
