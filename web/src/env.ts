import { z } from 'zod';

const optionalSecret = z.string().trim().min(16).optional().catch(undefined);

const schema = z.object({
  CMS_URL: z.url().default('http://127.0.0.1:1337'),
  SITE_URL: z.url().default('http://127.0.0.1:3000'),
  // Where editors open the admin; the only origin that may frame the site (preview).
  CMS_PUBLIC_URL: z.url().optional().catch(undefined),
  // A read-only API token for drafts in preview; server-side only, never NEXT_PUBLIC_.
  CMS_PREVIEW_TOKEN: optionalSecret,
  REVALIDATE_SECRET: optionalSecret,
  PREVIEW_SECRET: optionalSecret,
});

function parseEnv() {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const names = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Ongeldige omgevingsvariabele(n) voor de site: ${names}. Zie .env.example.`);
  }
  const cmsUrl = result.data.CMS_URL.replace(/\/+$/, '');
  return {
    cmsUrl,
    cmsPublicOrigin: new URL(result.data.CMS_PUBLIC_URL || cmsUrl).origin,
    siteUrl: result.data.SITE_URL.replace(/\/+$/, ''),
    previewToken: result.data.CMS_PREVIEW_TOKEN,
    revalidateSecret: result.data.REVALIDATE_SECRET,
    previewSecret: result.data.PREVIEW_SECRET,
  };
}

export const env = parseEnv();
