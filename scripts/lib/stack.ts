import path from 'node:path';
import { buildIfStale } from './build';
import { bin, CMS_DIR, CONTRACT_DIR, WEB_DIR } from './paths';
import { startService, waitForUrl, type Service } from './processes';

const QUIET_TOOLS = { STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1' };

/** The site's build directory for tests, apart from the one `npm start` uses (see next.config.ts). */
export const TEST_DIST_DIR = '.next-test';

/** The site's production server (web/server), compiled by `npm run build -w web`. */
export const SITE_SERVER = path.join(WEB_DIR, '.server', 'server', 'main.js');

export function buildStack(env: NodeJS.ProcessEnv) {
  const withTools = { ...env, ...QUIET_TOOLS, NODE_ENV: 'production' };
  const distDir = env.NEXT_DIST_DIR || '.next';
  // Both apps load the contract's build; `npm ci` makes it too (its prepare script).
  const contractSources = path.join(CONTRACT_DIR, 'src');
  buildIfStale({
    name: 'Contract',
    inputs: [contractSources, path.join(CONTRACT_DIR, 'tsconfig.json')],
    stampFile: path.join(CONTRACT_DIR, 'dist', '.fractieblog-build'),
    command: 'npm',
    args: ['run', 'build'],
    cwd: CONTRACT_DIR,
    env: withTools,
  });
  buildIfStale({
    name: 'CMS',
    inputs: [
      ...['src', 'config', 'seed', 'package.json', 'tsconfig.json'].map((entry) => path.join(CMS_DIR, entry)),
      contractSources,
    ],
    stampFile: path.join(CMS_DIR, 'dist', '.fractieblog-build'),
    command: bin('strapi', CMS_DIR),
    args: ['build'],
    cwd: CMS_DIR,
    env: withTools,
  });
  buildIfStale({
    name: 'Site',
    inputs: [
      'src',
      'server',
      'public',
      'next.config.ts',
      'package.json',
      'tsconfig.json',
      'tsconfig.server.json',
    ]
      .map((entry) => path.join(WEB_DIR, entry))
      .concat(contractSources),
    stampFile: path.join(WEB_DIR, distDir, '.fractieblog-build'),
    outputs: [SITE_SERVER],
    command: 'npm',
    args: ['run', 'build'],
    cwd: WEB_DIR,
    env: withTools,
  });
}

type CmsOptions = { port: number; env: NodeJS.ProcessEnv; dev?: boolean; quiet?: boolean };

/** Starts Strapi and resolves once its health check answers. */
export async function startCms(options: CmsOptions): Promise<Service> {
  const service = startService('CMS', bin('strapi', CMS_DIR), [options.dev ? 'develop' : 'start'], {
    cwd: CMS_DIR,
    env: {
      ...options.env,
      ...QUIET_TOOLS,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      NODE_ENV: options.dev ? 'development' : 'production',
    },
    quiet: options.quiet,
  });
  try {
    await waitForUrl(`http://127.0.0.1:${options.port}/_health`, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

type WebOptions = {
  port: number;
  cmsUrl: string;
  siteUrl: string;
  env: NodeJS.ProcessEnv;
  dev?: boolean;
  quiet?: boolean;
};

/** Starts the site (after the CMS: it reads from it) and resolves once it answers. */
export async function startWeb(options: WebOptions): Promise<Service> {
  const service = startService(
    'Site',
    options.dev ? bin('next', WEB_DIR) : process.execPath,
    [...(options.dev ? ['dev'] : [SITE_SERVER]), '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      env: {
        ...options.env,
        ...QUIET_TOOLS,
        PORT: String(options.port),
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        NODE_ENV: options.dev ? 'development' : 'production',
      },
      quiet: options.quiet,
    },
  );
  try {
    await waitForUrl(`http://127.0.0.1:${options.port}/`, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
