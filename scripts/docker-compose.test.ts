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
const file = compose.parse(parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')));

describe('docker-compose.yml', () => {
  it('describes postgres, cms and web, each with a health check', () => {
    expect(Object.keys(file.services).sort()).toEqual(['cms', 'postgres', 'web']);
  });

  it('publishes the CMS on 1337 and the site on 3000', () => {
    expect(file.services.cms?.ports).toEqual(['1337:1337']);
    expect(file.services.web?.ports).toEqual(['3000:3000']);
  });

  it('keeps the database and the uploads in named volumes', () => {
    expect(Object.keys(file.volumes).sort()).toEqual(['cms-uploads', 'postgres-data']);
    expect(file.services.postgres?.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(file.services.cms?.volumes).toContain('cms-uploads:/app/cms/public/uploads');
  });

  it('starts in order: postgres healthy → cms healthy → web', () => {
    expect(file.services.cms?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(file.services.web?.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
  });

  it('configures cms and web from .env, with the CMS on Postgres', () => {
    expect(file.services.cms?.env_file).toBe('.env');
    expect(file.services.web?.env_file).toBe('.env');
    expect(file.services.cms?.environment?.DATABASE_CLIENT).toBe('postgres');
    expect(file.services.web?.environment?.CMS_URL).toBe('http://cms:1337');
  });

  it('builds from Dockerfiles that exist', () => {
    for (const name of ['cms', 'web']) {
      const build = file.services[name]?.build;
      expect(build).toBeDefined();
      expect(fs.existsSync(path.join(ROOT, build?.context ?? '', build?.dockerfile ?? ''))).toBe(true);
    }
  });
});
