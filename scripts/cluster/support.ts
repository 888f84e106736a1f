import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApiToken } from '../lib/cms-admin';
import { startCluster, type Cluster } from '../lib/cluster';
import { TEST_DIST_DIR } from '../lib/stack';
import { TEST_ADMIN, testSecrets } from '../lib/test-cms';
import { DEMO } from '../../cms/src/seed/data/fixtures';

export { DEMO };

/** A cluster of two CMS and two site replicas with fresh data, test secrets and the demo content. */
export async function bootCluster(extraEnv: Record<string, string> = {}): Promise<Cluster> {
  return startCluster({
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-cluster-')),
    env: {
      ...testSecrets(),
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SEED_DEMO: 'true',
      NEXT_DIST_DIR: TEST_DIST_DIR,
      ...extraEnv,
    },
  });
}

/**
 * One cluster for the tests of a file, booted before them and stopped after them; its content API
 * with a full-access token alongside.
 */
export function clusterForThisFile(extraEnv: Record<string, string> = {}) {
  const state: { cluster: Cluster; api: Content } = {} as never;
  beforeAll(async () => {
    state.cluster = await bootCluster(extraEnv);
    state.api = await contentApi(state.cluster.cmsUrl);
  });
  afterAll(() => state.cluster?.stop());
  return state;
}

export type Content = {
  token: string;
  get: (path: string) => Promise<unknown>;
  send: (method: string, path: string, data?: object) => Promise<unknown>;
};

/** The content API through `cmsUrl` with a full-access token, as an integration uses it. */
export async function contentApi(cmsUrl: string): Promise<Content> {
  const token = await createApiToken(cmsUrl, TEST_ADMIN, 'full-access');
  const call = async (method: string, pathname: string, data?: object) => {
    const response = await fetch(`${cmsUrl}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: data ? JSON.stringify({ data }) : undefined,
    });
    const text = await response.text();
    expect(response.ok, `${method} ${pathname} → ${response.status} ${text.slice(0, 300)}`).toBe(true);
    return text ? JSON.parse(text) : null;
  };
  return { token, get: (pathname) => call('GET', pathname), send: call };
}

/** The documentId of the post with `slug` (published or not). */
export async function documentIdOf(api: Content, slug: string): Promise<string> {
  const found = (await api.get(`/api/posts?status=draft&filters[slug][$eq]=${slug}&fields[0]=slug`)) as {
    data: { documentId: string }[];
  };
  const id = found.data[0]?.documentId;
  if (!id) throw new Error(`Geen bericht ${slug}`);
  return id;
}

/** The article's title as a reader sees it, or the status when there is no article. */
export async function headingOn(siteUrl: string, slug: string): Promise<string | number> {
  const response = await fetch(`${siteUrl}/berichten/${slug}`);
  const html = await response.text();
  if (response.status !== 200) return response.status;
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
}

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
