import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/lib/chromium';
import { bin } from '../scripts/lib/paths';
import { freePortSync } from '../scripts/lib/processes';
import { SITE_SERVER, TEST_DIST_DIR } from '../scripts/lib/stack';
import { testSecrets, TEST_ADMIN } from '../scripts/lib/test-cms';

/*
 * The production builds of cms and web on their own ports and a fresh database. Values are kept in
 * process.env so Playwright's workers, which load this file again, see the same ones.
 */
const ROOT = path.resolve(__dirname, '..');
// Free ports, chosen once and kept in process.env for the workers: a fixed port may be taken.
process.env.E2E_CMS_PORT ??= String(freePortSync());
process.env.E2E_WEB_PORT ??= String(freePortSync());
process.env.E2E_DB_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-e2e-'));
fs.mkdirSync(path.join(process.env.E2E_DB_DIR, 'public', 'uploads'), { recursive: true });
process.env.E2E_SECRETS ??= JSON.stringify(testSecrets());
// The site runs from the test build (scripts/build.ts --test); it keeps its cache in memory, so
// every run starts with none.
process.env.NEXT_DIST_DIR = TEST_DIST_DIR;
process.env.E2E_CMS_URL = `http://127.0.0.1:${process.env.E2E_CMS_PORT}`;
const webUrl = `http://127.0.0.1:${process.env.E2E_WEB_PORT}`;
const secrets: Record<string, string> = JSON.parse(process.env.E2E_SECRETS);
const quiet = { STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1' };
/** The secrets CMS and site share: revalidation, preview links and the preview token. */
const shared = {
  SITE_URL: webUrl,
  REVALIDATE_SECRET: secrets.REVALIDATE_SECRET ?? '',
  PREVIEW_SECRET: secrets.PREVIEW_SECRET ?? '',
  CMS_PREVIEW_TOKEN: secrets.CMS_PREVIEW_TOKEN ?? '',
};

export default defineConfig({
  testDir: './specs',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: webUrl,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: [
    {
      name: 'CMS',
      command: `${bin('strapi', path.join(ROOT, 'cms'))} start`,
      cwd: path.join(ROOT, 'cms'),
      url: `${process.env.E2E_CMS_URL}/_health`,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        ...quiet,
        ...secrets,
        ...shared,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: process.env.E2E_CMS_PORT,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(process.env.E2E_DB_DIR, 'data.db'),
        PUBLIC_DIR: path.join(process.env.E2E_DB_DIR, 'public'),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        SEED_DEMO: 'true',
        // Scheduled posts are checked every two seconds, so the scheduling spec runs quickly.
        SCHEDULE_CRON: '*/2 * * * * *',
      },
    },
    {
      name: 'Site',
      command: `node ${SITE_SERVER} --port ${process.env.E2E_WEB_PORT} --hostname 127.0.0.1`,
      cwd: path.join(ROOT, 'web'),
      url: `${webUrl}/`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        ...quiet,
        ...shared,
        NODE_ENV: 'production',
        CMS_URL: process.env.E2E_CMS_URL,
        NEXT_DIST_DIR: TEST_DIST_DIR,
      },
    },
  ],
});
