import fs from 'node:fs';

/** The database and media folder of this run go when it ends (playwright.config.ts made them). */
export default function globalTeardown() {
  const dir = process.env.E2E_DB_DIR;
  if (dir && dir.includes('fractieblog-e2e-')) fs.rmSync(dir, { recursive: true, force: true });
}
