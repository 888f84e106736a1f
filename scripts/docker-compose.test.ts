import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const service = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  env_file: z.string().optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  ports: z.array(z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }),
});
const compose = z.object({
  services: z.record(z.string(), service),
  volumes: z.record(z.string(), z.null()),
});

const ROOT = path.resolve(import.meta.dirname, '..');
const file = compose.parse(
  parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }),
);
const balancer = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
const services = file.services;

describe('docker-compose.yml', () => {
  it('describes Postgres, Redis, MinIO, two CMS and two site replicas and a balancer, each with a health check', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['balancer', 'cms-1', 'cms-2', 'minio', 'minio-bucket', 'postgres', 'redis', 'web-1', 'web-2'].sort(),
    );
  });

  it('publishes only the balancer: the site on 80, the CMS on 1337', () => {
    expect(services.balancer?.ports).toEqual(['80:80', '1337:1337']);
    for (const [name, entry] of Object.entries(services))
      if (name !== 'balancer') expect(entry.ports).toBeUndefined();
  });

  it('runs both replicas of each part from one image with one configuration', () => {
    expect(services['cms-1']?.image).toBe(services['cms-2']?.image);
    expect(services['cms-1']?.environment).toEqual(services['cms-2']?.environment);
    expect(services['web-1']).toEqual(services['web-2']);
  });

  it('shares the database, the media bucket and the site cache between replicas', () => {
    const cms = services['cms-1']?.environment ?? {};
    expect(cms.DATABASE_CLIENT).toBe('postgres');
    expect(cms.S3_ENDPOINT).toBe('http://minio:9000');
    expect(services['web-1']?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(Object.keys(file.volumes).sort()).toEqual(['media', 'postgres-data']);
  });

  it('sends readers, editors, the site and the CMS notices through the balancer', () => {
    expect(services['web-1']?.environment?.CMS_URL).toBe('http://balancer:1337');
    expect(services['cms-1']?.environment?.SITE_INTERNAL_URL).toBe('http://balancer:80');
    expect(balancer).toMatch(/upstream site \{\s+server web-1:3000[^;]*;\s+server web-2:3000/);
    expect(balancer).toMatch(/upstream cms \{\s+server cms-1:1337[^;]*;\s+server cms-2:1337/);
    expect(balancer).toContain('proxy_next_upstream error timeout');
  });

  it('starts one CMS on a new database before the other', () => {
    expect(services['cms-1']?.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    expect(services['cms-2']?.depends_on).toEqual({ 'cms-1': { condition: 'service_healthy' } });
  });

  it('configures every part from .env and builds from Dockerfiles that exist', () => {
    for (const name of ['cms-1', 'cms-2', 'web-1', 'web-2']) {
      expect(services[name]?.env_file).toBe('.env');
      const build = services[name]?.build;
      expect(fs.existsSync(path.join(ROOT, build?.context ?? '', build?.dockerfile ?? ''))).toBe(true);
    }
  });
});
