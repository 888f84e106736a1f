import { z } from 'zod';

const schema = z.object({
  CMS_URL: z.url().default('http://127.0.0.1:1337'),
  SITE_URL: z.url().default('http://127.0.0.1:3000'),
});

function parseEnv() {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const names = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Ongeldige omgevingsvariabele(n) voor de site: ${names}. Zie .env.example.`);
  }
  return {
    cmsUrl: result.data.CMS_URL.replace(/\/+$/, ''),
    siteUrl: result.data.SITE_URL.replace(/\/+$/, ''),
  };
}

export const env = parseEnv();
