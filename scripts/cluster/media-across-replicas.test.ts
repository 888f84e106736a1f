import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminLogin, createApiToken } from '../lib/cms-admin';
import { CMS_DIR } from '../lib/paths';
import { TEST_ADMIN } from '../lib/test-cms';
import { clusterForThisFile } from './support';

describe('two CMS replicas on one database and one bucket', () => {
  const running = clusterForThisFile();

  it('an image uploaded through CMS replica 1 is served by both site replicas and by CMS replica 2', async () => {
    const [first, second] = running.cluster.cmses;
    if (!first || !second) throw new Error('twee CMS-replica’s nodig');
    const token = await createApiToken(first.url, TEST_ADMIN, 'full-access');
    const photo = fs.readFileSync(path.join(CMS_DIR, 'seed', 'media', 'cover-containers.jpg'));
    const form = new FormData();
    form.append('files', new Blob([photo], { type: 'image/jpeg' }), 'containers.jpg');
    form.append(
      'fileInfo',
      JSON.stringify({ name: 'containers.jpg', alternativeText: 'Containers aan de kade' }),
    );
    const response = await fetch(`${first.url}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const [file] = (await response.json()) as { url: string }[];
    expect(file?.url).toMatch(/^\/uploads\/containers_\w+\.jpg$/);

    const fromSecondCms = await fetch(`${second.url}${file?.url}`);
    expect(fromSecondCms.status).toBe(200);
    const bytes = Buffer.from(await fromSecondCms.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1_000);
    for (const site of running.cluster.sites) {
      const fromSite = await fetch(`${site.url}${file?.url}`);
      expect(fromSite.status, site.name).toBe(200);
      expect(Buffer.from(await fromSite.arrayBuffer()).equals(bytes), site.name).toBe(true);
    }
  });

  it('an editor logged in through one CMS replica is logged in on the other', async () => {
    const [first, second] = running.cluster.cmses;
    const jwt = await adminLogin(first?.url ?? '', TEST_ADMIN.email, TEST_ADMIN.password);
    const me = await fetch(`${second?.url}/admin/users/me`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { data: { email: string } }).data.email).toBe(TEST_ADMIN.email);
  });
});
