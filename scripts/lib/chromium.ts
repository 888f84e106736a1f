import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright's own Chromium when it is installed, else Debian's. Browser downloads are not
 * possible everywhere this runs, and the closed network makes background requests fail noisily.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && fs.existsSync(bundled)) return {};
  if (!fs.existsSync(SYSTEM_CHROMIUM)) {
    throw new Error(
      `Geen Chromium gevonden: installeer Playwrights browser of ${SYSTEM_CHROMIUM} (apt-get install chromium).`,
    );
  }
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
