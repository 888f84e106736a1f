/**
 * Screenshots of site pages in Chromium, for looking at what the site shows:
 *   npx tsx scripts/screenshot.ts http://127.0.0.1:3000 / /berichten/werkbezoek-leger-des-heils
 * Writes PNGs (desktop and mobile) to ./screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) throw new Error('Gebruik: screenshot.ts <basis-url> <pad> [pad …]');
  const outDir = path.resolve('screenshots');
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    for (const pagePath of paths) {
      await page.goto(new URL(pagePath, base).href);
      const file = path.join(outDir, `${pagePath.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
