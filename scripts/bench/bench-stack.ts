import type { Service } from '../lib/processes';
import { startWeb } from '../lib/stack';
import { bootTestCms, type TestCms } from '../lib/test-cms';

/** Where the bench builds the site, apart from the build `npm start` and the tests use. */
export const BENCH_DIST_DIR = '.next-bench';

export const benchEnv = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: BENCH_DIST_DIR,
  // The bench is one client hammering the site; the per-client limits would answer it with 429.
  SITE_RATE_LIMITS: 'off',
};

/** A CMS on a fresh SQLite database with the demo content, telling the site on `port` of changes. */
export function bootBenchCms(port: number): Promise<TestCms> {
  return bootTestCms({ extraEnv: { ...benchEnv, SITE_URL: `http://127.0.0.1:${port}` } });
}

/** The production site on `port`, reading from `cms`. */
export function startBenchSite(cms: TestCms, port: number): Promise<Service> {
  const siteUrl = `http://127.0.0.1:${port}`;
  return startWeb({ port, cmsUrl: cms.url, siteUrl, env: { ...benchEnv, ...cms.siteEnv }, quiet: true });
}
